using System;
using System.Collections.Generic;

static class Program
{
    static List<T> Merge<T>(IList<T> a, IList<T> b) where T : IComparable<T>
    {
        var o = new List<T>(a.Count + b.Count);
        int i = 0, j = 0;
        while (i < a.Count || j < b.Count)
        {
            if (j >= b.Count || (i < a.Count && a[i].CompareTo(b[j]) <= 0)) { o.Add(a[i]); i += 1; }
            else { o.Add(b[j]); j += 1; }
        }
        return o;
    }

    static List<T> Dedupe<T>(IEnumerable<T> items) { var seen = new List<T>(); foreach (var it in items) if (!seen.Contains(it)) seen.Add(it); return seen; }

    static void Main()
    {
        var m = Merge(new int[] { 1, 4, 9, 12 }, new List<int> { 2, 4, 5, 20, 30 });
        Console.WriteLine(string.Join(" ", m));
        Console.WriteLine(string.Join(" ", Dedupe(m)));
        var words = Merge(new string[] { "apple", "fig" }, new string[] { "banana", "cherry", "grape" });
        Console.WriteLine(string.Join(" ", words));
        Console.WriteLine(Merge(new double[] { }, new double[] { 1.5 }).Count);
    }
}
