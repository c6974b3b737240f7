// Vectors implement IList<T>, ICollection<T>, IEnumerable<T>, IReadOnlyList<T> and
// IReadOnlyCollection<T>: interface calls, casts, `is`/`as`, foreach, and the
// exceptions of a fixed-size collection.
using System;
using System.Collections.Generic;

struct Pair { public int A, B; public override string ToString() { return A + ":" + B; } }

class Program {
    static int Sum(IEnumerable<int> xs) { int s = 0; foreach (int x in xs) s += x; return s; }
    static string Join<T>(IList<T> xs) {
        string r = "";
        for (int i = 0; i < xs.Count; i++) r += (i > 0 ? "," : "") + xs[i];
        return r;
    }
    static int Count<T>(IReadOnlyCollection<T> c) { return c.Count; }

    static void Main() {
        int[] ints = { 3, 1, 4, 1, 5 };
        string[] words = { "a", "b", "c" };
        Pair[] pairs = { new Pair { A = 1, B = 2 }, new Pair { A = 3, B = 4 } };
        Console.WriteLine(Sum(ints));
        Console.WriteLine(Join(ints) + " " + Join(words) + " " + Join(pairs));
        IList<int> list = ints;
        list[0] = 9;
        Console.WriteLine(ints[0] + " " + list.IndexOf(4) + " " + list.Contains(5) + " " + list.Contains(7));
        ICollection<string> coll = words;
        Console.WriteLine(coll.Count + " " + coll.IsReadOnly);
        string[] copy = new string[5];
        coll.CopyTo(copy, 1);
        Console.WriteLine(copy[0] == null ? "null" : copy[0]);
        Console.WriteLine(copy[1] + copy[2] + copy[3]);
        Console.WriteLine(Count(ints) + " " + Count<Pair>(pairs));
        IReadOnlyList<Pair> ro = pairs;
        Console.WriteLine(ro[1]);
        object o = ints;
        Console.WriteLine((o is IEnumerable<int>) + " " + (o is IList<string>) + " " + (o as ICollection<int> != null));
        IEnumerable<int> e = (IEnumerable<int>)o;
        Console.WriteLine(Sum(e));
        var l = new List<int>(ints);
        l.AddRange(new int[] { 7, 8 });
        Console.WriteLine(l.Count + " " + l[6]);
        try { list.Add(1); } catch (NotSupportedException) { Console.WriteLine("fixed size"); }
        try { Console.WriteLine(list[10]); } catch (ArgumentOutOfRangeException) { Console.WriteLine("out of range"); }
        IEnumerator<string> it = ((IEnumerable<string>)words).GetEnumerator();
        while (it.MoveNext()) Console.Write(it.Current);
        Console.WriteLine();
    }
}
