// test: mono-run
using System;

class Program
{
    static int[][] Pascal(int rows)
    {
        int[][] t = new int[rows][];
        for (int r = 0; r < rows; r++)
        {
            t[r] = new int[r + 1];
            t[r][0] = 1;
            t[r][r] = 1;
            for (int c = 1; c < r; c++) t[r][c] = t[r - 1][c - 1] + t[r - 1][c];
        }
        return t;
    }

    static void Main()
    {
        int[][] p = Pascal(7);
        foreach (int[] row in p)
        {
            string line = "";
            foreach (int v in row) line += v + " ";
            Console.WriteLine(line.TrimEnd());
        }
        int[][] literal = new int[][]
        {
            new int[] { 1 },
            new int[] { 2, 3 },
            new int[0],
            new int[] { 4, 5, 6 },
        };
        int total = 0, cells = 0;
        for (int i = 0; i < literal.Length; i++)
        {
            cells += literal[i].Length;
            for (int j = 0; j < literal[i].Length; j++) total += literal[i][j];
        }
        Console.WriteLine(cells + " cells, total " + total);
        string[][] words = { new string[] { "a", "b" }, new string[] { "c" } };
        Console.WriteLine(words[0][1] + words[1][0]);
        int[][] holes = new int[3][];
        Console.WriteLine(holes[1] == null);
        holes[1] = new int[] { 7 };
        holes[1][0]++;
        Console.WriteLine(holes[1][0]);
        char[][] grid = new char[2][];
        grid[0] = "ab".ToCharArray();
        grid[1] = "cd".ToCharArray();
        Console.WriteLine(new string(grid[1]) + new string(grid[0]));
    }
}
