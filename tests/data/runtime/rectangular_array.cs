// test: mono-run
using System;
class Program {
    static void Main() {
        int[,] grid = new int[3, 4];
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 4; j++)
                grid[i, j] = i * j;
        Console.WriteLine(grid.Length + " " + grid.GetLength(0) + " " + grid.GetLength(1) + " " + grid.Rank);
        int sum = 0;
        foreach (int v in grid) sum += v;
        Console.WriteLine(sum);
        int[][] jag = new int[3][];
        for (int i = 0; i < 3; i++) { jag[i] = new int[i + 1]; jag[i][i] = i; }
        Console.WriteLine(jag[2].Length + " " + jag[2][2]);
        try { grid[3, 0] = 1; } catch (IndexOutOfRangeException) { Console.WriteLine("out of range"); }
    }
}
