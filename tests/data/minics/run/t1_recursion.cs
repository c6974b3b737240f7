// test: mono-run
using System;

class Program
{
    static long Factorial(int n) { return n <= 1 ? 1 : n * Factorial(n - 1); }

    static int Fib(int n) { return n < 2 ? n : Fib(n - 1) + Fib(n - 2); }

    static int Gcd(int a, int b) { return b == 0 ? a : Gcd(b, a % b); }

    static int Ackermann(int m, int n)
    {
        if (m == 0) return n + 1;
        if (n == 0) return Ackermann(m - 1, 1);
        return Ackermann(m - 1, Ackermann(m, n - 1));
    }

    static int SumDigits(int n) { return n < 10 ? n : n % 10 + SumDigits(n / 10); }

    static string Binary(int n) { return n < 2 ? n.ToString() : Binary(n / 2) + (n % 2); }

    static int Depth(int n) { return n == 0 ? 0 : 1 + Depth(n - 1); }

    static void Main()
    {
        Console.WriteLine(Factorial(15));
        for (int i = 0; i <= 15; i++) Console.Write(Fib(i) + " ");
        Console.WriteLine();
        Console.WriteLine(Gcd(1071, 462));
        Console.WriteLine(Gcd(17, 5));
        Console.WriteLine(Ackermann(2, 3));
        Console.WriteLine(Ackermann(3, 3));
        Console.WriteLine(SumDigits(987654321));
        Console.WriteLine(Binary(37));
        Console.WriteLine(Binary(1024));
        Console.WriteLine(Depth(10000));
    }
}
