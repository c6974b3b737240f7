// test: mono-run
using System;
using System.Collections.Generic;

interface IConverter<TIn, TOut>
{
    TOut Convert(TIn input);
}

interface IStore<T>
{
    void Put(T item);
    T Get(int index);
    int Count { get; }
}

class ToUpper : IConverter<string, string> { public string Convert(string s) { return s.ToUpper(); } }
class Length : IConverter<string, int> { public int Convert(string s) { return s.Length; } }
class Doubler : IConverter<int, int>, IConverter<int, string>
{
    public int Convert(int x) { return x * 2; }
    string IConverter<int, string>.Convert(int x) { return "twice " + x; }
}

class ListStore<T> : IStore<T>
{
    private readonly List<T> items = new List<T>();
    public void Put(T item) { items.Add(item); }
    public T Get(int index) { return items[index]; }
    public int Count { get { return items.Count; } }
}

class Program
{
    static List<TOut> ConvertAll<TIn, TOut>(List<TIn> items, IConverter<TIn, TOut> c)
    {
        List<TOut> r = new List<TOut>();
        foreach (TIn x in items) r.Add(c.Convert(x));
        return r;
    }

    static void Main()
    {
        List<string> words = new List<string> { "alpha", "be", "gamma" };
        foreach (string s in ConvertAll(words, new ToUpper())) Console.Write(s + " ");
        Console.WriteLine();
        foreach (int n in ConvertAll(words, new Length())) Console.Write(n + " ");
        Console.WriteLine();
        Doubler d = new Doubler();
        IConverter<int, int> asInt = d;
        IConverter<int, string> asString = d;
        Console.WriteLine(asInt.Convert(21) + " / " + asString.Convert(21));
        IStore<double> store = new ListStore<double>();
        store.Put(1.25);
        store.Put(2.5);
        Console.WriteLine(store.Count + " " + (store.Get(0) + store.Get(1)));
    }
}
