// test: mono-run
using System;

class Holder { public int Field = 5; }

class Program
{
    static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }

    static void DivRem(int a, int b, out int q, out int r)
    {
        q = a / b;
        r = a % b;
    }

    static bool TryHalf(int x, out int half)
    {
        if (x % 2 != 0) { half = 0; return false; }
        half = x / 2;
        return true;
    }

    static void Grow(ref int[] arr)
    {
        int[] bigger = new int[arr.Length * 2];
        for (int i = 0; i < arr.Length; i++) bigger[i] = arr[i];
        arr = bigger;
    }

    static void Reassign(ref string s) { s = s + "!"; }
    static void Increment(ref int x) { x++; }
    static void MinMax(int[] xs, out int min, out int max)
    {
        min = max = xs[0];
        foreach (int x in xs) { if (x < min) min = x; if (x > max) max = x; }
    }

    static void Main()
    {
        int a = 1, b = 2;
        Swap(ref a, ref b);
        Console.WriteLine(a + " " + b);
        int q, r;
        DivRem(17, 5, out q, out r);
        Console.WriteLine(q + " " + r);
        int h;
        Console.WriteLine(TryHalf(10, out h) + " " + h);
        Console.WriteLine(TryHalf(7, out h) + " " + h);
        int[] arr = { 1, 2, 3 };
        Grow(ref arr);
        Console.WriteLine(arr.Length + " " + arr[2] + " " + arr[5]);
        string s = "hi";
        Reassign(ref s);
        Console.WriteLine(s);
        Increment(ref arr[0]);
        Increment(ref arr[0]);
        Console.WriteLine(arr[0]);
        Holder holder = new Holder();
        Increment(ref holder.Field);
        Console.WriteLine(holder.Field);
        int min, max;
        MinMax(new int[] { 4, -2, 9, 0 }, out min, out max);
        Console.WriteLine(min + ".." + max);
        int parsed;
        Console.WriteLine(int.TryParse("123", out parsed) + " " + parsed);
        Console.WriteLine(int.TryParse("12a", out parsed) + " " + parsed);
        if (int.TryParse("77", out int inline)) Console.WriteLine("out var: " + inline);
        DivRem(9, 4, out var q2, out var r2);
        Console.WriteLine(q2 + r2);
    }
}
