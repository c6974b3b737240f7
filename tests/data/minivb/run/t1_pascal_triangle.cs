using System;

static class Pascal
{
    static long[] Row(int n)
    {
        var r = new long[n + 1];
        r[0] = 1;
        for (int k = 1; k <= n; k++) r[k] = r[k - 1] * (n - k + 1) / k;
        return r;
    }

    static void Main()
    {
        for (int n = 0; n <= 8; n++)
        {
            var cells = Row(n);
            string line = new string(' ', (8 - n) * 2);
            foreach (var c in cells) line += c.ToString().PadLeft(4);
            Console.WriteLine(line.TrimEnd());
        }
        var big = Row(60);
        Console.WriteLine(big[30]);
        long sum = 0;
        foreach (var v in Row(20)) sum += v;
        Console.WriteLine(sum == (1L << 20));
    }
}
