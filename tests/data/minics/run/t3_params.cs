// test: mono-run
using System;

class Program
{
    static int Sum(params int[] xs)
    {
        int s = 0;
        foreach (int x in xs) s += x;
        return s;
    }

    static string Describe(string label, params object[] items)
    {
        string s = label + "(" + items.Length + "):";
        foreach (object o in items) s += " " + (o ?? "null");
        return s;
    }

    static string Pick(int x) { return "exact int"; }
    static string Pick(params int[] xs) { return "params " + xs.Length; }

    static int Max(int first, params int[] rest)
    {
        int m = first;
        foreach (int r in rest) if (r > m) m = r;
        return m;
    }

    static void Main()
    {
        Console.WriteLine(Sum());
        Console.WriteLine(Sum(5));
        Console.WriteLine(Sum(1, 2, 3, 4));
        Console.WriteLine(Sum(new int[] { 10, 20 }));
        Console.WriteLine(Describe("none"));
        Console.WriteLine(Describe("mixed", 1, "two", 3.5, 'c', null));
        Console.WriteLine(Describe("array", new object[] { "a", "b" }));
        Console.WriteLine(Describe("null array", (object[])null == null ? new object[0] : null));
        Console.WriteLine(Describe("one null", (object)null));
        Console.WriteLine(Pick(1));
        Console.WriteLine(Pick(1, 2));
        Console.WriteLine(Pick());
        Console.WriteLine(Max(3));
        Console.WriteLine(Max(3, 9, 4));
        Console.WriteLine(string.Format("{0}{1}{2}{3}{4}", "a", "b", "c", "d", "e"));
        Console.WriteLine(string.Concat("x", "y", "z", "w", "v"));
    }
}
