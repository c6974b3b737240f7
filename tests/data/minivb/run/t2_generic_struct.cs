using System;

public struct Pair<A, B>
{
    public readonly A First;
    public readonly B Second;
    public Pair(A first, B second) { First = first; Second = second; }
    public Pair<B, A> Swap() { return new Pair<B, A>(Second, First); }
    public override string ToString() { return "<" + First.ToString() + ", " + Second.ToString() + ">"; }
}

public struct Maybe<T>
{
    private readonly bool hasValue;
    private readonly T item;
    public Maybe(T value) { item = value; hasValue = true; }
    public T GetOr(T fallback) { return hasValue ? item : fallback; }
    public Maybe<R> Map<R>(Func<T, R> f) { if (!hasValue) return new Maybe<R>(); return new Maybe<R>(f(item)); }
}

static class Program
{
    static void Main()
    {
        var p = new Pair<string, int>("age", 42);
        Console.WriteLine(p);
        Console.WriteLine(p.Swap());
        Console.WriteLine(p.Swap().Swap().First);
        var some = new Maybe<int>(20);
        var none = new Maybe<int>();
        Console.WriteLine(some.GetOr(-1) + " " + none.GetOr(-1));
        Console.WriteLine(some.Map(x => x * 2 + 0.5).GetOr(0));
        Console.WriteLine(none.Map(x => "v" + x).GetOr("empty"));
    }
}
