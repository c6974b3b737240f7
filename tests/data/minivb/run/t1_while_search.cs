using System;

static class Program
{
    static long IntegerSqrt(long n)
    {
        long lo = 0, hi = n;
        while (lo < hi) { var mid = (lo + hi + 1) / 2; if (mid <= n / Math.Max(mid, 1)) lo = mid; else hi = mid - 1; }
        return lo;
    }

    static double NewtonSqrt(double x)
    {
        double guess = x / 2;
        int iterations = 0;
        do
        {
            var nextGuess = (guess + x / guess) / 2;
            iterations += 1;
            if (Math.Abs(nextGuess - guess) < 0.000000001) break;
            guess = nextGuess;
        } while (iterations < 100);
        return guess;
    }

    static void Main()
    {
        foreach (var n in new long[] { 0, 1, 15, 16, 17, 1000000, 999999999999L }) Console.Write(IntegerSqrt(n) + " ");
        Console.WriteLine();
        Console.WriteLine(NewtonSqrt(2).ToString("F8"));
        Console.WriteLine(NewtonSqrt(144).ToString("F8"));
    }
}
