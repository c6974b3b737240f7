using System;

static class NumberTheory
{
    static long Gcd(long a, long b) { a = Math.Abs(a); b = Math.Abs(b); while (b != 0) { var t = a % b; a = b; b = t; } return a; }
    static long Lcm(long a, long b) { return a / Gcd(a, b) * b; }
    static bool IsPerfect(int n)
    {
        int s = 1;
        for (int d = 2; d <= (int)Math.Round(Math.Sqrt(n)); d++) if (n % d == 0) { s += d; if (d != n / d) s += n / d; }
        return n > 1 && s == n;
    }
    static int DigitSum(long n) { int s = 0; while (n > 0) { s += (int)(n % 10); n /= 10; } return s; }

    static void Main()
    {
        Console.WriteLine(Gcd(84, -36) + " " + Lcm(21, 6));
        long l = 1;
        for (int i = 1; i <= 20; i++) l = Lcm(l, i);
        Console.WriteLine(l);
        for (int n = 1; n <= 10000; n++) if (IsPerfect(n)) Console.Write(n + " ");
        Console.WriteLine();
        Console.WriteLine(DigitSum(9876543210L));
    }
}
