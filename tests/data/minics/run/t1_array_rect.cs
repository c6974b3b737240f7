// test: mono-run
using System;

class Program
{
    static int[,] Multiply(int[,] a, int[,] b)
    {
        int n = a.GetLength(0), m = a.GetLength(1), p = b.GetLength(1);
        int[,] c = new int[n, p];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < p; j++)
                for (int k = 0; k < m; k++)
                    c[i, j] += a[i, k] * b[k, j];
        return c;
    }

    static void Print(int[,] m)
    {
        for (int i = 0; i < m.GetLength(0); i++)
        {
            string line = "";
            for (int j = 0; j < m.GetLength(1); j++) line += string.Format("{0,4}", m[i, j]);
            Console.WriteLine(line);
        }
    }

    static void Main()
    {
        int[,] a = { { 1, 2, 3 }, { 4, 5, 6 } };
        int[,] b = { { 7, 8 }, { 9, 10 }, { 11, 12 } };
        Console.WriteLine(a.Length + " " + a.GetLength(0) + " " + a.GetLength(1));
        Print(Multiply(a, b));
        int[,] id = new int[3, 3];
        for (int i = 0; i < 3; i++) id[i, i] = 1;
        Print(id);
        double[,] d = new double[2, 2];
        d[1, 1] = 2.5;
        d[0, 1] = d[1, 1] * 2;
        Console.WriteLine(d[0, 1] + d[1, 0]);
        string[,] board = new string[3, 3];
        board[1, 1] = "X";
        board[0, 2] = "O";
        for (int r = 0; r < 3; r++)
        {
            string line = "";
            for (int c = 0; c < 3; c++) line += board[r, c] ?? ".";
            Console.WriteLine(line);
        }
        long[,] big = new long[2, 3];
        big[1, 2] = long.MaxValue;
        big[1, 2]++;
        Console.WriteLine(big[1, 2]);
    }
}
