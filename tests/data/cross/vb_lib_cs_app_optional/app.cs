// test: cross-run
// lib: lib.vb
// twin: lib.twin.cs app.cs
using System;

static class App
{
    static void Main()
    {
        Console.WriteLine(Formatting.Pad("ab"));
        Console.WriteLine(Formatting.Pad("ab", 4));
        Console.WriteLine(Formatting.Pad("ab", 5, '*'));
        Console.WriteLine(Formatting.Join("x", "y", "z"));
        Console.WriteLine(Formatting.Separator.Length + Formatting.MaxWidth);
        Console.WriteLine(Formatting.Describe(Level.Low) + "; " + Formatting.Describe(Level.High));
        int n = 0;
        Formatting.Increment(ref n);
        Formatting.Increment(ref n, 10);
        Console.WriteLine(n);
        Console.WriteLine((int)Level.Medium);
    }
}
