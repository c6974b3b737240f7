using System;
using System.Collections.Generic;

public class Cache<TKey, TValue> where TValue : class
{
    private readonly Dictionary<TKey, TValue> map = new Dictionary<TKey, TValue>();
    private readonly Func<TKey, TValue> factory;
    public int Misses { get; set; }
    public Cache(Func<TKey, TValue> factory) { this.factory = factory; }
    public TValue GetValue(TKey key)
    {
        TValue v;
        if (!map.TryGetValue(key, out v)) { Misses += 1; v = factory(key); map[key] = v; }
        return v;
    }
}

public static class Algorithms
{
    public static T[] MinMax<T>(IList<T> items) where T : IComparable<T>
    {
        T lo = items[0], hi = items[0];
        foreach (var it in items) { if (it.CompareTo(lo) < 0) lo = it; if (it.CompareTo(hi) > 0) hi = it; }
        return new T[] { lo, hi };
    }
    public static int CountWhere<T>(IEnumerable<T> items, Predicate<T> pred) { int n = 0; foreach (var it in items) if (pred(it)) n += 1; return n; }
}
