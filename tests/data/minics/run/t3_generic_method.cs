// test: mono-run
using System;
using System.Collections.Generic;

class Program
{
    static void Swap<T>(ref T a, ref T b)
    {
        T t = a;
        a = b;
        b = t;
    }

    static T First<T>(T[] items, T fallback) { return items.Length > 0 ? items[0] : fallback; }

    static int CountIf<T>(IEnumerable<T> items, Func<T, bool> p)
    {
        int n = 0;
        foreach (T x in items) if (p(x)) n++;
        return n;
    }

    static T[] Repeat<T>(T value, int n)
    {
        T[] r = new T[n];
        for (int i = 0; i < n; i++) r[i] = value;
        return r;
    }

    static string Describe<T>(T value) { return "value " + value; }
    static string Describe(int value) { return "int overload " + value; }

    static List<T> Listify<T>(params T[] items)
    {
        List<T> l = new List<T>();
        foreach (T x in items) l.Add(x);
        return l;
    }

    static void Main()
    {
        int a = 1, b = 2;
        Swap(ref a, ref b);
        Console.WriteLine(a + " " + b);
        string s1 = "x", s2 = "y";
        Swap<string>(ref s1, ref s2);
        Console.WriteLine(s1 + s2);
        Console.WriteLine(First(new int[] { 7, 8 }, -1) + " " + First(new string[0], "none"));
        Console.WriteLine(CountIf(new int[] { 1, 5, 10, 15 }, x => x > 4));
        Console.WriteLine(CountIf(Listify("a", "bb", "ccc"), s => s.Length > 1));
        Console.WriteLine(Repeat('z', 3).Length + " " + new string(Repeat('z', 3)));
        Console.WriteLine(Describe(5));
        Console.WriteLine(Describe("five"));
        Console.WriteLine(Describe<int>(5));
        Console.WriteLine(Describe(5L));
        List<double> ds = Listify(1.5, 2.5);
        Console.WriteLine(ds.Count + " " + ds[1]);
    }
}
