// Static fields and class constructors: precise types run their .cctor at first
// access of any member, beforefieldinit types before first static field access; each
// runs once.
using System;

class Log
{
    public static string Text = "";
    public static void Add(string s) { Text += s + ";"; Console.WriteLine("log " + s); }
}

class Precise
{
    public static int Value;
    static Precise() { Log.Add("Precise.cctor"); Value = 10; }
    public static void Touch() { Log.Add("Precise.Touch " + Value); }
    public Precise() { Log.Add("Precise.ctor"); }
}

class Lazy
{
    public static int Value = Compute();
    static int Compute() { Log.Add("Lazy.init"); return 5; }
}

class Counter
{
    public static int Count;
    public static readonly int[] Table = { 1, 2, 3 };
    public int Id;
    public Counter() { Id = ++Count; }
}

class Program
{
    static int total;

    static void Main()
    {
        Console.WriteLine("start");
        Precise.Touch();
        Precise.Touch();
        new Precise();
        Console.WriteLine(Lazy.Value + Lazy.Value);
        for (int i = 0; i < 5; i++) new Counter();
        Console.WriteLine(Counter.Count + " " + Counter.Table[2] + " " + new Counter().Id);
        total += 3;
        total *= 4;
        Console.WriteLine(total);
        Console.WriteLine(Log.Text);
    }
}
