using System;

static class Primes
{
    static bool IsPrime(int n)
    {
        if (n < 2) return false;
        int i = 2;
        while (i * i <= n) { if (n % i == 0) return false; i += 1; }
        return true;
    }

    static bool[] Sieve(int limit)
    {
        var composite = new bool[limit + 1];
        for (int i = 2; i <= limit; i++)
            if (!composite[i])
                for (int j = i * i; j <= limit; j += i) composite[j] = true;
        return composite;
    }

    static void Main()
    {
        int count = 0;
        for (int n = 1; n <= 100; n++)
            if (IsPrime(n)) { count += 1; Console.Write(n + " "); }
        Console.WriteLine();
        Console.WriteLine("count = " + count);
        var c = Sieve(50);
        bool agree = true;
        for (int n = 2; n <= 50; n++) if (IsPrime(n) == c[n]) agree = false;
        Console.WriteLine("sieve agrees: " + (agree ? "True" : "False"));
    }
}
