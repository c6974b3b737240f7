using System;
using System.Collections.Generic;

public class Container<T>
{
    protected readonly List<T> items = new List<T>();
    public virtual void Add(T item) { items.Add(item); }
    public int Count { get { return items.Count; } }

    public class Cursor
    {
        private readonly Container<T> owner;
        private int index = -1;
        public Cursor(Container<T> owner) { this.owner = owner; }
        public bool MoveNext() { index += 1; return index < owner.items.Count; }
        public T Current { get { return owner.items[index]; } }
    }

    public Cursor Open() { return new Cursor(this); }
}

public class SortedContainer<T> : Container<T> where T : IComparable<T>
{
    public override void Add(T item)
    {
        int i = 0;
        while (i < items.Count && items[i].CompareTo(item) < 0) i += 1;
        items.Insert(i, item);
    }
}

public class Groups<TKey> : Container<List<TKey>>
{
    public void AddGroup(params TKey[] keys) { Add(new List<TKey>(keys)); }
    public string Sizes()
    {
        var parts = new List<string>();
        foreach (var g in items) parts.Add(g.Count.ToString());
        return string.Join("+", parts);
    }
}

static class Program
{
    static void Main()
    {
        var s = new SortedContainer<string>();
        foreach (var w in new string[] { "pear", "apple", "fig", "banana" }) s.Add(w);
        var c = s.Open();
        while (c.MoveNext()) Console.Write(c.Current + " ");
        Console.WriteLine();
        Container<int> n = new SortedContainer<int>();
        n.Add(5); n.Add(1); n.Add(3);
        Container<int>.Cursor nc = n.Open();
        while (nc.MoveNext()) Console.Write(nc.Current);
        Console.WriteLine();
        var g = new Groups<char>();
        g.AddGroup('a', 'b');
        g.AddGroup();
        g.AddGroup('x', 'y', 'z');
        Console.WriteLine(g.Count + " groups: " + g.Sizes());
    }
}
