// test: mono-run
using System;

class Program
{
    static void Main()
    {
        Func<int, long> fact = null;
        fact = n => n <= 1 ? 1 : n * fact(n - 1);
        Console.WriteLine(fact(20));
        Func<int, int> fib = null;
        fib = n => n < 2 ? n : fib(n - 1) + fib(n - 2);
        Console.WriteLine(fib(20));
        Func<int, int, int> gcd = null;
        gcd = (a, b) => b == 0 ? a : gcd(b, a % b);
        Console.WriteLine(gcd(84, 36));
        Action<int, string> countdown = null;
        countdown = (n, acc) =>
        {
            if (n == 0) { Console.WriteLine(acc + "go"); return; }
            countdown(n - 1, acc + n + " ");
        };
        countdown(5, "");
        Func<int, int> original = fib;
        fib = n => -1;
        Console.WriteLine(original(5));
    }
}
