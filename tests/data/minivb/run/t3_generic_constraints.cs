using System;
using System.Collections.Generic;

public interface IShape { double Area(); string Name { get; } }

public class Square : IShape, IComparable<Square>
{
    public readonly double Side;
    public Square() { Side = 1; }
    public Square(double side) { Side = side; }
    public double Area() { return Side * Side; }
    public string Name { get { return "square " + Side; } }
    public int CompareTo(Square other) { return Side.CompareTo(other.Side); }
}

public class Box<T> where T : class, IShape
{
    private readonly List<T> items = new List<T>();
    public void Put(T item) { items.Add(item); }
    public T Largest()
    {
        T best = null;
        foreach (var it in items) if (best == null || it.Area() > best.Area()) best = it;
        return best;
    }
    public int Count() { return items.Count; }
}

public class Pair<TKey, TValue>
{
    public TKey Key { get; set; }
    public TValue Value { get; set; }
    public Pair(TKey k, TValue v) { Key = k; Value = v; }
    public Pair<TValue, TKey> Swap() { return new Pair<TValue, TKey>(Value, Key); }
    public override string ToString() { return "(" + Key.ToString() + ", " + Value.ToString() + ")"; }
}

static class Program
{
    static T MaxOf<T>(IEnumerable<T> items) where T : IComparable<T>
    {
        bool first = true;
        T best = default(T);
        foreach (var it in items) if (first || it.CompareTo(best) > 0) { best = it; first = false; }
        return best;
    }

    static void Main()
    {
        var b = new Box<Square>();
        b.Put(new Square(2));
        b.Put(new Square(5));
        b.Put(new Square(3));
        Console.WriteLine(b.Largest().Name + " of " + b.Count());
        var p = new Pair<string, int>("one", 1);
        Console.WriteLine(p.ToString() + " " + p.Swap().ToString());
        Console.WriteLine(MaxOf(new int[] { 3, 8, 1 }));
        Console.WriteLine(MaxOf(new List<string> { "kiwi", "apple", "pear" }));
        Console.WriteLine(MaxOf(new Square[] { new Square(1), new Square(4) }).Side);
    }
}
