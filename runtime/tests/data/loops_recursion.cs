// Loops of every shape, break/continue, switch on integers and strings, recursion.
using System;

class Program
{
    static int Fib(int n) { return n < 2 ? n : Fib(n - 1) + Fib(n - 2); }

    static long Fact(int n) { return n <= 1 ? 1 : n * Fact(n - 1); }

    static int Gcd(int a, int b) { while (b != 0) { int t = a % b; a = b; b = t; } return a; }

    static bool IsEven(int n) { return n == 0 ? true : IsOdd(n - 1); }
    static bool IsOdd(int n) { return n == 0 ? false : IsEven(n - 1); }

    static string Name(int d)
    {
        switch (d)
        {
            case 0: return "zero";
            case 1: return "one";
            case 2:
            case 3: return "few";
            case 10: return "ten";
            default: return "many";
        }
    }

    static int Code(string s)
    {
        switch (s)
        {
            case "alpha": return 1;
            case "beta": return 2;
            case "gamma": return 3;
            default: return -1;
        }
    }

    static void Main()
    {
        int sum = 0;
        for (int i = 0; i < 100; i++)
        {
            if (i % 3 == 0) continue;
            if (i > 50) break;
            sum += i;
        }
        Console.WriteLine(sum);
        int n = 0;
        while (n < 10) n += 3;
        Console.WriteLine(n);
        do { n--; } while (n > 5);
        Console.WriteLine(n);
        for (int i = 0; i <= 20; i++) Console.Write(Fib(i) + " ");
        Console.WriteLine();
        Console.WriteLine(Fact(20));
        Console.WriteLine(Gcd(1071, 462));
        Console.WriteLine(IsEven(10) + " " + IsOdd(7) + " " + IsEven(7));
        for (int i = 0; i < 12; i++) Console.Write(Name(i) + ",");
        Console.WriteLine();
        Console.WriteLine(Code("beta") + Code("gamma") * 10 + Code("delta") * 100);
        int count = 0;
        for (int i = 0; i < 10; i++)
            for (int j = 0; j < 10; j++)
            {
                if (j > i) break;
                count++;
            }
        Console.WriteLine(count);
        long collatz = 27;
        int steps = 0;
        while (collatz != 1) { collatz = collatz % 2 == 0 ? collatz / 2 : 3 * collatz + 1; steps++; }
        Console.WriteLine(steps);
    }
}
