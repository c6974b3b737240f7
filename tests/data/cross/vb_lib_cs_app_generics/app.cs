// test: cross-run
// lib: lib.vb
// twin: lib.twin.cs app.cs
using System;
using System.Collections.Generic;

static class App
{
    static void Main()
    {
        var c = new Cache<int, string>(k => new string('#', k));
        Console.WriteLine(c.GetValue(3));
        Console.WriteLine(c.GetValue(5));
        Console.WriteLine(c.GetValue(3));
        Console.WriteLine(c.Misses);
        var mm = Algorithms.MinMax(new List<int> { 4, -2, 9, 0 });
        Console.WriteLine(mm[0] + ".." + mm[1]);
        var sm = Algorithms.MinMax<string>(new string[] { "m", "a", "z" });
        Console.WriteLine(sm[0] + sm[1]);
        Console.WriteLine(Algorithms.CountWhere(new int[] { 1, 2, 3, 4, 5 }, n => n > 2));
    }
}
