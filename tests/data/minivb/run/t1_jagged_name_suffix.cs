using System;

static class Program
{
    static void Main()
    {
        int[][] rows = new int[3][];
        for (int i = 0; i <= 2; i++)
        {
            rows[i] = new int[i + 1];
            for (int j = 0; j <= i; j++)
                rows[i][j] = i * 10 + j;
        }
        foreach (var r in rows)
            Console.WriteLine(String.Join(" ", r));
        int[][,] grids = new int[2][,];
        grids[1] = new int[2, 2] { { 1, 2 }, { 3, 4 } };
        Console.WriteLine(grids[1][1, 0]);
        string[][] words = { new string[] { "a", "b" }, new string[] { "c" } };
        Console.WriteLine(words[0][1] + words[1][0] + words.Length);
    }
}
