// test: mono-run
using System;

class Box<T>
{
    public T Value { get; set; }
    public Box(T value) { Value = value; }
    public Box<R> Map<R>(Func<T, R> f) { return new Box<R>(f(Value)); }
    public override string ToString() { return "Box(" + Value + ")"; }
}

class Pair<A, B>
{
    public readonly A First;
    public readonly B Second;
    public Pair(A a, B b) { First = a; Second = b; }
    public Pair<B, A> Swap() { return new Pair<B, A>(Second, First); }
    public override string ToString() { return "(" + First + ", " + Second + ")"; }
}

class Stack<T>
{
    private T[] items = new T[4];
    private int count;
    public void Push(T item)
    {
        if (count == items.Length)
        {
            T[] bigger = new T[count * 2];
            for (int i = 0; i < count; i++) bigger[i] = items[i];
            items = bigger;
        }
        items[count++] = item;
    }
    public T Pop() { return items[--count]; }
    public int Count { get { return count; } }
}

class Program
{
    static void Main()
    {
        Box<int> bi = new Box<int>(21);
        Console.WriteLine(bi);
        Box<string> bs = bi.Map(x => "v" + (x * 2));
        Console.WriteLine(bs + " " + bs.Value.Length);
        Pair<string, int> p = new Pair<string, int>("age", 30);
        Console.WriteLine(p + " " + p.Swap());
        Pair<Box<int>, Pair<char, bool>> nested = new Pair<Box<int>, Pair<char, bool>>(bi, new Pair<char, bool>('c', true));
        Console.WriteLine(nested);
        Stack<string> s = new Stack<string>();
        foreach (string w in "a b c d e f".Split(' ')) s.Push(w);
        string popped = "";
        while (s.Count > 0) popped += s.Pop();
        Console.WriteLine(popped);
        Stack<double> ds = new Stack<double>();
        ds.Push(1.5);
        ds.Push(2.5);
        Console.WriteLine(ds.Pop() + ds.Pop());
        Console.WriteLine(bi.GetType().Name + " " + p.GetType().Name);
    }
}
