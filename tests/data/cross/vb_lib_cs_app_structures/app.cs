// test: cross-run
// lib: lib.vb
// twin: lib.twin.cs app.cs
using System;

static class App
{
    static void Main()
    {
        var l = new Ledger();
        l.Entries[0] = new Money(150);
        l.Entries[1].Cents = 275;
        l.Entries[2].Add(new Money(1000));
        Console.WriteLine(l.Total());
        var copy = l.Entries[0];
        copy.Cents = 1;
        Console.WriteLine(l.Entries[0]);
        object boxed = l.Entries[1];
        Console.WriteLine(boxed);
        var sorted = (Money[])l.Entries.Clone();
        Array.Sort(sorted);
        Console.WriteLine(string.Join(" ", sorted));
        IComparable<Money> c = new Money(5);
        Console.WriteLine(c.CompareTo(new Money(4)));
    }
}
