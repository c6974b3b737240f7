// Generics: user generic classes, structs, interfaces and methods over value and
// reference types (fully specialized), constraints, List<T> and Dictionary<K,V>.
using System;
using System.Collections.Generic;

class Box<T>
{
    private T value;
    public static int Made;
    public Box(T v) { value = v; Made++; }
    public T Get() { return value; }
    public Box<T> With(T v) { return new Box<T>(v); }
    public override string ToString() { return "Box(" + value + ")"; }
}

struct Pair<A, B>
{
    public A First;
    public B Second;
    public Pair(A a, B b) { First = a; Second = b; }
    public Pair<B, A> Swap() { return new Pair<B, A>(Second, First); }
    public override string ToString() { return First + "/" + Second; }
}

interface IShape { double Area(); }
class Sq : IShape { public double S; public Sq(double s) { S = s; } public double Area() { return S * S; } }

class Stack2<T>
{
    private List<T> items = new List<T>();
    public void Push(T x) { items.Add(x); }
    public T Pop() { T x = items[items.Count - 1]; items.RemoveAt(items.Count - 1); return x; }
    public int Count { get { return items.Count; } }
}

class Program
{
    static T Max<T>(T a, T b) where T : IComparable<T> { return a.CompareTo(b) >= 0 ? a : b; }

    static double Total<T>(List<T> shapes) where T : IShape
    {
        double t = 0;
        foreach (T s in shapes) t += s.Area();
        return t;
    }

    static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }

    static int CountWhere<T>(T[] xs, T probe) where T : IEquatable<T>
    {
        int n = 0;
        foreach (T x in xs) if (x.Equals(probe)) n++;
        return n;
    }

    static void Main()
    {
        Box<int> bi = new Box<int>(41);
        Box<string> bs = new Box<string>("hi");
        Console.WriteLine(bi.Get() + 1);
        Console.WriteLine(bs.Get() + "!" + " " + bs.With("there") + " " + bi);
        Console.WriteLine(Box<int>.Made + " " + Box<string>.Made);
        Pair<int, string> p = new Pair<int, string>(1, "one");
        Console.WriteLine(p + " " + p.Swap());
        Console.WriteLine(Max(3, 9) + " " + Max("pear", "apple") + " " + Max(2.5, -1.0));
        int x = 1, y = 2;
        Swap(ref x, ref y);
        string s1 = "a", s2 = "b";
        Swap(ref s1, ref s2);
        Console.WriteLine(x + " " + y + " " + s1 + " " + s2);
        List<int> li = new List<int>();
        for (int i = 0; i < 20; i++) li.Add(i * i % 17);
        li.Sort();
        int sum = 0;
        foreach (int v in li) sum += v;
        Console.WriteLine(li.Count + " " + sum + " " + li[0] + " " + li[19] + " " + li.IndexOf(13) + " " + li.Contains(5));
        li.RemoveAt(0);
        li.Insert(3, 100);
        li.Reverse();
        Console.WriteLine(string.Join(",", li.ToArray()[0], li.ToArray()[1], li[16]));
        List<string> names = new List<string>();
        names.Add("carol"); names.Add("alice"); names.Add("bob");
        names.Sort();
        foreach (string n in names) Console.Write(n + " ");
        Console.WriteLine();
        Dictionary<string, int> ages = new Dictionary<string, int>();
        ages["alice"] = 30;
        ages["bob"] = 25;
        ages.Add("carol", 35);
        ages["bob"] = 26;
        int a;
        Console.WriteLine(ages.Count + " " + ages["bob"] + " " + ages.TryGetValue("dave", out a) + " " + a + " " + ages.ContainsKey("carol"));
        foreach (KeyValuePair<string, int> kv in ages) Console.Write(kv.Key + "=" + kv.Value + ";");
        Console.WriteLine();
        ages.Remove("alice");
        Dictionary<int, List<string>> groups = new Dictionary<int, List<string>>();
        string[] words = { "a", "bb", "cc", "ddd", "e" };
        foreach (string w in words)
        {
            List<string> g;
            if (!groups.TryGetValue(w.Length, out g)) { g = new List<string>(); groups[w.Length] = g; }
            g.Add(w);
        }
        foreach (KeyValuePair<int, List<string>> kv in groups) Console.Write(kv.Key + ":" + kv.Value.Count + " ");
        Console.WriteLine();
        List<Sq> sqs = new List<Sq>();
        sqs.Add(new Sq(2)); sqs.Add(new Sq(3));
        Console.WriteLine(Total(sqs));
        Stack2<double> st = new Stack2<double>();
        st.Push(1.5); st.Push(2.5);
        Console.WriteLine(st.Pop() + " " + st.Count);
        int[] arr = { 1, 2, 1, 3, 1 };
        Console.WriteLine(CountWhere(arr, 1) + " " + CountWhere(new string[] { "x", "y", "x" }, "x"));
        List<Pair<int, int>> pairs = new List<Pair<int, int>>();
        pairs.Add(new Pair<int, int>(1, 2));
        pairs.Add(new Pair<int, int>(3, 4));
        Console.WriteLine(pairs[1].Second + pairs[0].First + " " + pairs[1]);
        Console.WriteLine(ages.ContainsKey("alice") + " " + ages.Count);
    }
}
