using System;
using System.Collections.Generic;

public delegate int BinOp(int a, int b);

public class Counter
{
    public delegate void ChangedEventHandler(object sender, int value);
    public event ChangedEventHandler Changed;
    public event EventHandler Reset;
    private int _value;
    public void Increment() { _value += 1; if (Changed != null) Changed(this, _value); }
    public void Clear() { _value = 0; if (Reset != null) Reset(this, EventArgs.Empty); }
}

static class Program
{
    static int Add(int a, int b) { return a + b; }
    static void OnChanged(object sender, int value) { Console.WriteLine("changed to " + value); }
    static int Apply(Func<int, int> f, int x) { return f(x); }

    static void Main()
    {
        BinOp op = Add;
        Console.WriteLine(op(2, 3));
        op = (a, b) => a * b;
        Console.WriteLine(op(4, 5));
        int factor = 3;
        Func<int, int> triple = x => x * factor;
        factor = 4;
        Console.WriteLine(triple(5));
        Console.WriteLine(Apply(x => x + 100, 1));
        var log = new List<string>();
        Action<string> record = s => log.Add(s.ToUpper());
        record("a");
        record("b");
        Console.WriteLine(string.Join(",", log));
        Action multi = () => { Console.WriteLine("multi line"); Console.WriteLine("lambda"); };
        multi();
        var c = new Counter();
        c.Changed += OnChanged;
        c.Reset += (s, e) => Console.WriteLine("reset!");
        c.Increment();
        c.Increment();
        c.Clear();
        c.Changed -= OnChanged;
        c.Increment();
        var counters = new List<Func<int>>();
        for (int i = 1; i <= 3; i++) { int j = i; counters.Add(() => j * 10); }
        foreach (var f in counters) Console.Write(f() + " ");
        Console.WriteLine();
    }
}
