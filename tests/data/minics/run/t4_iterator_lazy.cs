// test: mono-run
using System;
using System.Collections.Generic;

class Program
{
    static IEnumerable<int> Source()
    {
        Console.WriteLine("  source starts");
        for (int i = 1; i <= 3; i++)
        {
            Console.WriteLine("  source yields " + i);
            yield return i;
        }
        Console.WriteLine("  source ends");
    }

    static IEnumerable<int> Doubled(IEnumerable<int> xs)
    {
        Console.WriteLine("  doubled starts");
        foreach (int x in xs)
        {
            Console.WriteLine("  doubled sees " + x);
            yield return x * 2;
        }
    }

    static IEnumerable<T> Where<T>(IEnumerable<T> xs, Func<T, bool> p)
    {
        foreach (T x in xs) if (p(x)) yield return x;
    }

    static void Main()
    {
        Console.WriteLine("creating pipeline");
        IEnumerable<int> pipeline = Doubled(Source());
        Console.WriteLine("pipeline created, nothing ran yet");
        foreach (int v in pipeline) Console.WriteLine("consumer got " + v);
        Console.WriteLine("filtered:");
        foreach (int v in Where(Doubled(Source()), x => x > 2)) Console.WriteLine("consumer got " + v);
        Console.WriteLine("only the first:");
        IEnumerator<int> e = Source().GetEnumerator();
        e.MoveNext();
        Console.WriteLine("first is " + e.Current);
    }
}
