using System;
using System.Collections.Generic;

public interface IConverter { T Convert<T>(object value); }

public class Caster : IConverter { public T Convert<T>(object value) { return (T)value; } }

static class Util
{
    public static List<T> Repeat<T>(T item, int count) { var o = new List<T>(); for (int i = 1; i <= count; i++) o.Add(item); return o; }
    public static void SwapItems<T>(ref T a, ref T b) { T tmp = a; a = b; b = tmp; }
    public static T FirstOrDefault<T>(IEnumerable<T> items, Func<T, bool> pred, T fallback) { foreach (var it in items) if (pred(it)) return it; return fallback; }
    public static string Describe<T>(T value) { return typeof(T).Name + ":" + value.ToString(); }
    public static List<KeyValuePair<A, B>> Zip<A, B>(List<A> xs, List<B> ys)
    {
        var o = new List<KeyValuePair<A, B>>();
        for (int i = 0; i <= Math.Min(xs.Count, ys.Count) - 1; i++) o.Add(new KeyValuePair<A, B>(xs[i], ys[i]));
        return o;
    }
}

static class Program
{
    static void Main()
    {
        Console.WriteLine(string.Join(",", Util.Repeat("ab", 3)));
        Console.WriteLine(Util.Repeat<int>(7, 2).Count);
        string x = "left", y = "right";
        Util.SwapItems(ref x, ref y);
        Console.WriteLine(x + " " + y);
        int n1 = 1, n2 = 2;
        Util.SwapItems<int>(ref n1, ref n2);
        Console.WriteLine(n1 + " " + n2);
        var nums = new List<int> { 3, 8, 12, 5 };
        Console.WriteLine(Util.FirstOrDefault(nums, v => v > 6, -1));
        Console.WriteLine(Util.FirstOrDefault(nums, v => v > 60, -1));
        Console.WriteLine(Util.Describe(42) + " " + Util.Describe("s") + " " + Util.Describe(2.5));
        foreach (var kv in Util.Zip(new List<string> { "a", "b", "c" }, nums)) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        IConverter c = new Caster();
        Console.WriteLine(c.Convert<string>("text").Length);
        Console.WriteLine(c.Convert<int>(41) + 1);
    }
}
