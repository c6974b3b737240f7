using System;

static class Recursion
{
    static long Fib(int n) { return n < 2 ? n : Fib(n - 1) + Fib(n - 2); }
    static int Gcd(int a, int b) { if (b == 0) return a; return Gcd(b, a % b); }
    static void Hanoi(int n, string from, string to, string via, ref int moves)
    {
        if (n == 0) return;
        Hanoi(n - 1, from, via, to, ref moves);
        moves += 1;
        Hanoi(n - 1, via, to, from, ref moves);
    }
    static long Power(long b, int e)
    {
        if (e == 0) return 1;
        long half = Power(b, e / 2);
        if (e % 2 == 0) return half * half;
        return half * half * b;
    }

    static void Main()
    {
        for (int i = 0; i <= 15; i++) Console.Write(Fib(i) + " ");
        Console.WriteLine();
        Console.WriteLine(Gcd(1071, 462));
        int moves = 0;
        Hanoi(10, "A", "C", "B", ref moves);
        Console.WriteLine(moves);
        Console.WriteLine(Power(3, 13));
    }
}
