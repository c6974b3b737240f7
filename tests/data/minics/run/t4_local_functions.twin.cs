// The mcs twin of t4_local_functions.cs (mcs has no local functions): each local
// function is a private static method named as csc names it, without the `<>|`.
using System;
using System.Collections.Generic;

class Counter {
    int total;

    public int Sum(int[] values) {
        foreach (int v in values) {
            total += Sum_g__Square_0_0(v);
        }
        return total;
    }

    static int Sum_g__Square_0_0(int x) => x * x;
}

static class Program {
    static int Main() {
        Console.WriteLine(Factorial(10));
        Console.WriteLine(Fib(20));

        int[] data = { 5, 3, 9, 1, 7 };
        Console.WriteLine(IndexOf(data, 9));
        Console.WriteLine(IndexOf(data, 4));

        Console.WriteLine(IsEven(10) + " " + IsEven(7));

        int q, r;
        DivMod(17, 5, out q, out r);
        Console.WriteLine(q + " " + r);
        int acc = 1;
        Twice(ref acc);
        Twice(ref acc);
        Console.WriteLine(acc);

        Console.WriteLine(Pick(true, "left", "right"));
        Console.WriteLine(Pick(false, 1, 2));
        Func<int, int> sq = Square;
        Console.WriteLine(sq(12));
        var words = new List<string> { "pear", "fig", "banana" };
        words.Sort(ByLength);
        Console.WriteLine(string.Join(",", words.ToArray()));

        Console.WriteLine(new Counter().Sum(new[] { 1, 2, 3 }));
        Console.WriteLine(Describe(3));
        return Factorial(3);
    }

    static int Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);

    static int Fib(int n) {
        if (n < 2) {
            return n;
        }
        return Fib(n - 1) + Fib(n - 2);
    }

    static int IndexOf(int[] xs, int x) {
        for (int i = 0; i < xs.Length; i++) {
            if (xs[i] == x) {
                return i;
            }
        }
        return -1;
    }

    static bool IsEven(int n) => n == 0 || IsOdd(n - 1);
    static bool IsOdd(int n) => n != 0 && IsEven(n - 1);

    static void DivMod(int a, int b, out int quot, out int rem) {
        quot = Div(a, b);
        rem = a - quot * b;
    }

    static int Div(int x, int y) => x / y;

    static void Twice(ref int v) {
        v *= 2;
    }

    static T Pick<T>(bool first, T a, T b) => first ? a : b;

    static int Square(int x) => x * x;

    static int ByLength(string a, string b) => a.Length.CompareTo(b.Length);

    static string Describe(int n) {
        return n + " is " + Word(n);
    }

    static string Word(int k) {
        switch (k) {
            case 1: return "one";
            case 2: return "two";
            default: return "many";
        }
    }
}
