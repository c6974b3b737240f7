using System;

static class Matrix
{
    static long[,] Minor(long[,] m, int row, int col)
    {
        var n = m.GetLength(0);
        var r = new long[n - 1, n - 1];
        int ri = 0;
        for (int i = 0; i <= n - 1; i++)
        {
            if (i == row) continue;
            int ci = 0;
            for (int j = 0; j <= n - 1; j++) { if (j == col) continue; r[ri, ci] = m[i, j]; ci += 1; }
            ri += 1;
        }
        return r;
    }

    static long Det(long[,] m)
    {
        var n = m.GetLength(0);
        if (n == 1) return m[0, 0];
        if (n == 2) return m[0, 0] * m[1, 1] - m[0, 1] * m[1, 0];
        long total = 0, sign = 1;
        for (int j = 0; j <= n - 1; j++) { total += sign * m[0, j] * Det(Minor(m, 0, j)); sign = -sign; }
        return total;
    }

    static void Main()
    {
        var a = new long[,] { { 2, 0, 1 }, { 1, 3, 2 }, { 1, 1, 1 } };
        Console.WriteLine(Det(a));
        int n = 5;
        var h = new long[n, n];
        for (int i = 0; i <= n - 1; i++) for (int j = 0; j <= n - 1; j++) h[i, j] = i == j ? 2 : (Math.Abs(i - j) == 1 ? -1 : 0);
        Console.WriteLine(Det(h));
        Console.WriteLine(Det(new long[,] { { 7 } }));
    }
}
