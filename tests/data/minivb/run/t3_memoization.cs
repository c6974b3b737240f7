using System;
using System.Collections.Generic;

static class Memo
{
    private static readonly Dictionary<int, long> cache = new Dictionary<int, long>();
    private static int calls;

    static long Fib(int n)
    {
        calls += 1;
        if (n < 2) return n;
        long v;
        if (cache.TryGetValue(n, out v)) return v;
        v = Fib(n - 1) + Fib(n - 2);
        cache[n] = v;
        return v;
    }

    static Func<TIn, TOut> Memoize<TIn, TOut>(Func<TIn, TOut> f)
    {
        var seen = new Dictionary<TIn, TOut>();
        return x => { TOut r; if (!seen.TryGetValue(x, out r)) { r = f(x); seen[x] = r; } return r; };
    }

    static long Ways(int amount, int[] coins)
    {
        var table = new long[amount + 1];
        table[0] = 1;
        foreach (var c in coins) for (int a = c; a <= amount; a++) table[a] += table[a - c];
        return table[amount];
    }

    static void Main()
    {
        Console.WriteLine(Fib(80));
        Console.WriteLine("calls " + calls);
        int slowCalls = 0;
        var square = Memoize<int, int>(x => { slowCalls += 1; return x * x; });
        Console.WriteLine(square(12) + square(12) + square(3));
        Console.WriteLine("slow calls " + slowCalls);
        Console.WriteLine(Ways(100, new int[] { 1, 5, 10, 25, 50 }));
        var lists = new List<int[]>();
        lists.Add(new int[] { 1, 2 });
        lists.Add(new int[] { 3 });
        int total = 0;
        foreach (var arr in lists) foreach (var x in arr) total += x;
        Console.WriteLine(total);
    }
}
