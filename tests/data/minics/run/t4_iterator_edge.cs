// test: mono-run
using System;
using System.Collections;
using System.Collections.Generic;

class Box<T>
{
    private readonly List<T> items = new List<T>();
    public int Reads;
    public void Add(T x) { items.Add(x); }

    // Instance iterator over a generic class: fields, `this`, a generic method's own
    // parameter and a lambda capturing a local that lives across yields.
    public IEnumerable<KeyValuePair<int, U>> Project<U>(Func<T, U> f)
    {
        int index = 0;
        foreach (T item in items)
        {
            Reads++;
            Func<U> later = () => f(item);
            yield return new KeyValuePair<int, U>(index++, later());
        }
    }
}

class Program
{
    static IEnumerator Plain()
    {
        yield return 1;
        yield return "two";
        yield return 3.5;
    }

    static IEnumerable<int> Counter(int from, int step)
    {
        int n = from;
        while (true)
        {
            switch (n % 3)
            {
                case 0: yield return n * 100; break;
                case 1: if (n > 20) yield break; yield return n; break;
                default:
                    do { yield return -n; n += step; } while (n % 2 == 0);
                    break;
            }
            n += step;
        }
    }

    static IEnumerable<string> Layers(string tag)
    {
        try
        {
            yield return tag + ":a";
            try
            {
                yield return tag + ":b";
                if (tag == "boom") throw new InvalidOperationException(tag);
                yield return tag + ":c";
            }
            finally
            {
                Console.WriteLine(tag + " inner finally");
            }
            try { yield return tag + ":d"; }
            finally { Console.WriteLine(tag + " second finally"); }
        }
        finally
        {
            Console.WriteLine(tag + " outer finally");
        }
        Console.WriteLine(tag + " after");
    }

    static IEnumerable<int> Empty() { yield break; }

    static void Main()
    {
        var box = new Box<string>();
        box.Add("x"); box.Add("yy"); box.Add("zzz");
        foreach (var kv in box.Project(s => s.Length * 2)) Console.WriteLine(kv.Key + " -> " + kv.Value);
        Console.WriteLine("reads " + box.Reads);

        IEnumerator e = Plain();
        while (e.MoveNext()) Console.WriteLine(e.Current);
        Console.WriteLine(e.MoveNext());

        var seq = Counter(1, 1);
        foreach (int v in seq) Console.Write(v + " ");
        Console.WriteLine();
        // A second enumeration starts over from the parameters.
        int count = 0;
        foreach (int v in seq) count++;
        Console.WriteLine("again " + count);

        foreach (string s in Layers("full")) Console.WriteLine(s);
        foreach (string s in Layers("stop")) { Console.WriteLine(s); if (s.EndsWith("b")) break; }
        try { foreach (string s in Layers("boom")) Console.WriteLine(s); }
        catch (InvalidOperationException ex) { Console.WriteLine("caught " + ex.Message); }

        var it = Layers("manual").GetEnumerator();
        it.MoveNext(); it.MoveNext(); it.MoveNext(); it.MoveNext();
        Console.WriteLine(it.Current);
        it.Dispose();
        Console.WriteLine("after dispose: " + it.MoveNext());

        foreach (int v in Empty()) Console.WriteLine("never " + v);
        Console.WriteLine("done");
    }
}
