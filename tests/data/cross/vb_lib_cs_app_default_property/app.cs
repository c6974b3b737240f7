// test: cross-run
// lib: lib.vb
// twin: lib.twin.cs app.cs
using System;

static class App
{
    static void Main()
    {
        var a = new SparseVector(1000);
        var b = new SparseVector(1000);
        a[3] = 2; a[500] = 4; a[999] = 1;
        b[3] = 5; b[500] = 0.5; b[7] = 9;
        a[999] = 0;
        Console.WriteLine(a.NonZero + " " + b.NonZero);
        Console.WriteLine(a.Dot(b));
        Console.WriteLine(a[500] + a[4]);
        try { Console.WriteLine(a[1000]); }
        catch (IndexOutOfRangeException) { Console.WriteLine("out of range"); }
        Console.WriteLine(a.Dimension);
    }
}
