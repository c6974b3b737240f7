// test: mono-run
using System;
using System.Collections.Generic;

delegate T Transformer<T>(T input);
delegate TResult Combiner<T1, T2, TResult>(T1 a, T2 b);
delegate void Visitor<T>(T item, int index);

class Program
{
    static T ApplyAll<T>(T seed, List<Transformer<T>> steps)
    {
        T v = seed;
        foreach (Transformer<T> step in steps) v = step(v);
        return v;
    }

    static void Visit<T>(T[] items, Visitor<T> visitor)
    {
        for (int i = 0; i < items.Length; i++) visitor(items[i], i);
    }

    static string Repeat(string s) { return s + s; }

    static void Main()
    {
        List<Transformer<int>> intSteps = new List<Transformer<int>>();
        intSteps.Add(x => x + 1);
        intSteps.Add(x => x * 10);
        intSteps.Add(x => -x);
        Console.WriteLine(ApplyAll(4, intSteps));
        List<Transformer<string>> strSteps = new List<Transformer<string>> { Repeat, s => s.ToUpper(), s => "<" + s + ">" };
        Console.WriteLine(ApplyAll("ab", strSteps));
        Combiner<string, int, string> pad = (s, n) => s.PadLeft(n, '.');
        Console.WriteLine(pad("x", 4));
        Combiner<int, int, bool> divides = (a, b) => b % a == 0;
        Console.WriteLine(divides(3, 12) + " " + divides(5, 12));
        Visit(new string[] { "zero", "one", "two" }, (item, i) => Console.WriteLine(i + "=" + item));
        Transformer<double> half = d => d / 2;
        half += d => { Console.WriteLine("second in chain sees " + d); return d; };
        Console.WriteLine(half(9));
        Func<int, int> asFunc = new Func<int, int>(intSteps[1]);
        Console.WriteLine(asFunc(7));
    }
}
