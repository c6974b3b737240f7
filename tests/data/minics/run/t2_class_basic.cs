// test: mono-run
using System;

class Counter
{
    private int count;
    public string Label;

    public void Increment() { count++; }
    public void Add(int n) { count += n; }
    public int Value() { return count; }
    public void Reset() { count = 0; }
}

class Program
{
    static void Main()
    {
        Counter a = new Counter();
        a.Label = "first";
        Counter b = new Counter();
        b.Label = "second";
        a.Increment();
        a.Increment();
        b.Add(10);
        Console.WriteLine(a.Label + " " + a.Value());
        Console.WriteLine(b.Label + " " + b.Value());
        Counter alias = a;
        alias.Add(5);
        Console.WriteLine(a.Value());
        a.Reset();
        Console.WriteLine(alias.Value());
        Counter[] many = new Counter[3];
        for (int i = 0; i < many.Length; i++)
        {
            many[i] = new Counter();
            many[i].Add(i * i);
        }
        int total = 0;
        foreach (Counter c in many) total += c.Value();
        Console.WriteLine(total);
        Console.WriteLine(many[0] == many[1]);
        Console.WriteLine(alias == a);
        Counter nothing = null;
        Console.WriteLine(nothing == null);
        Console.WriteLine(a.GetType().Name);
    }
}
