// test: mono-run
using System;
using System.Collections.Generic;

class Program
{
    static IEnumerable<int> Range(int start, int count)
    {
        for (int i = 0; i < count; i++) yield return start + i;
    }

    static IEnumerable<string> Words()
    {
        yield return "alpha";
        yield return "beta";
        yield return "gamma";
    }

    static IEnumerable<int> Fibonacci()
    {
        int a = 0, b = 1;
        while (true)
        {
            yield return a;
            int t = a + b;
            a = b;
            b = t;
        }
    }

    static IEnumerable<int> UpTo(int limit)
    {
        foreach (int f in Fibonacci())
        {
            if (f > limit) yield break;
            yield return f;
        }
    }

    static IEnumerator<char> Letters(string s)
    {
        foreach (char c in s) if (c != ' ') yield return c;
    }

    static void Main()
    {
        foreach (int i in Range(5, 4)) Console.Write(i + " ");
        Console.WriteLine();
        foreach (string w in Words()) Console.Write(w.Length + " ");
        Console.WriteLine();
        foreach (int f in UpTo(100)) Console.Write(f + " ");
        Console.WriteLine();
        IEnumerator<char> e = Letters("a b c");
        while (e.MoveNext()) Console.Write(e.Current);
        Console.WriteLine();
        List<int> list = new List<int>(Range(1, 5));
        Console.WriteLine(list.Count + " " + list[4]);
        IEnumerable<int> lazy = Range(0, 3);
        int total = 0;
        foreach (int x in lazy) total += x;
        foreach (int x in lazy) total += x;
        Console.WriteLine(total);
    }
}
