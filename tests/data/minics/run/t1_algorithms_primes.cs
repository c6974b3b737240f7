// test: mono-run
using System;

class Program
{
    static bool[] Sieve(int n)
    {
        bool[] composite = new bool[n + 1];
        composite[0] = composite[1] = true;
        for (int i = 2; i * i <= n; i++)
        {
            if (composite[i]) continue;
            for (int j = i * i; j <= n; j += i) composite[j] = true;
        }
        return composite;
    }

    static string Factor(int n)
    {
        string s = "";
        for (int d = 2; d * d <= n; d++)
        {
            while (n % d == 0)
            {
                s += d + "*";
                n /= d;
            }
        }
        if (n > 1) s += n;
        else s = s.TrimEnd('*');
        return s;
    }

    static void Main()
    {
        bool[] c = Sieve(100);
        int count = 0;
        string line = "";
        for (int i = 0; i <= 100; i++)
        {
            if (!c[i]) { count++; line += i + " "; }
        }
        Console.WriteLine(line.TrimEnd());
        Console.WriteLine(count + " primes below 100");
        bool[] big = Sieve(100000);
        int bigCount = 0;
        for (int i = 0; i < big.Length; i++) if (!big[i]) bigCount++;
        Console.WriteLine(bigCount);
        Console.WriteLine(Factor(360));
        Console.WriteLine(Factor(97));
        Console.WriteLine(Factor(1001));
        Console.WriteLine(Factor(1024));
    }
}
