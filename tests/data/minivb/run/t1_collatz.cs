using System;

static class Collatz
{
    static int Steps(long n)
    {
        int count = 0;
        while (n != 1) { if (n % 2 == 0) n /= 2; else n = 3 * n + 1; count += 1; }
        return count;
    }

    static void Main()
    {
        int best = 0, bestN = 0;
        for (int n = 1; n <= 3000; n++) { var s = Steps(n); if (s > best) { best = s; bestN = n; } }
        Console.WriteLine(bestN + " takes " + best + " steps");
        Console.WriteLine(Steps(27));
    }
}
