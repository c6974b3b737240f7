// test: cross-run
// lib: lib.vb
// twin: lib.twin.cs app.cs
using System;

static class App
{
    static void Main()
    {
        var items = new string[] { "a", "b", "c" };
        int? i = Lookup.FindIndex(items, "c");
        Console.WriteLine(i.HasValue + " " + i.Value);
        Console.WriteLine(Lookup.FindIndex(items, "z").HasValue);
        Console.WriteLine(Lookup.AddOptional(2, 3));
        Console.WriteLine(Lookup.AddOptional(2, null).HasValue);
        Console.WriteLine(Lookup.OrZero(null) + Lookup.OrZero(1.5));
    }
}
