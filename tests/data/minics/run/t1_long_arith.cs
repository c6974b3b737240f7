// test: mono-run
using System;

class Program
{
    static long Factorial(int n)
    {
        long r = 1;
        for (int i = 2; i <= n; i++) r *= i;
        return r;
    }

    static long Power(long b, int e)
    {
        long r = 1;
        while (e > 0)
        {
            if ((e & 1) == 1) r *= b;
            b *= b;
            e >>= 1;
        }
        return r;
    }

    static void Main()
    {
        Console.WriteLine(Factorial(20));
        Console.WriteLine(Factorial(21));
        Console.WriteLine(Power(3, 39));
        Console.WriteLine(Power(2, 62));
        Console.WriteLine(Power(2, 63));
        long a = 123456789012L;
        long b = 987654L;
        Console.WriteLine(a * b);
        Console.WriteLine(a / b);
        Console.WriteLine(a % b);
        Console.WriteLine(-a / b);
        int i = 2000000000;
        long widened = (long)i * 3;
        long narrow = i * 3;
        Console.WriteLine(widened);
        Console.WriteLine(narrow);
        Console.WriteLine(long.MinValue);
        Console.WriteLine(long.MinValue + long.MaxValue);
    }
}
