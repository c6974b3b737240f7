// test: cross-run
// lib: lib.vb
// twin: lib.twin.cs app.cs
using System;

static class App
{
    static void Main()
    {
        var a = new Vector2(1, 2);
        var b = new Vector2(3, 4);
        Console.WriteLine(a + b);
        Console.WriteLine(b - a);
        Console.WriteLine(2.0 * a);
        Console.WriteLine(a == new Vector2(1, 2));
        Console.WriteLine(a != b);
        Console.WriteLine((double)b);
        Console.WriteLine(b.Length);
    }
}
