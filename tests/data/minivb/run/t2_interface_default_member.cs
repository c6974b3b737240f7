using System;
using System.Collections.Generic;

public interface IReadOnlyBag { string this[int index] { get; } int Count { get; } }

public class Bag : IReadOnlyBag
{
    private readonly List<string> items = new List<string>();
    public void Add(string s) { items.Add(s); }
    public string this[int index] { get { return items[index]; } }
    public int Count { get { return items.Count; } }
}

static class Program
{
    static string Dump(IReadOnlyBag b) { var parts = new List<string>(); for (int i = 0; i <= b.Count - 1; i++) parts.Add(b[i]); return string.Join(";", parts); }

    static void Main()
    {
        var b = new Bag();
        b.Add("x");
        b.Add("y");
        b.Add("z");
        Console.WriteLine(Dump(b));
        Console.WriteLine(b[1] + b[2]);
        IReadOnlyBag r = b;
        Console.WriteLine(r[0] + " of " + r.Count);
    }
}
