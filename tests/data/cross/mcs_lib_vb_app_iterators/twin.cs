using System;
using System.Collections.Generic;
using Seq;

static class App
{
    static void Main()
    {
        foreach (var i in Gen.Range(5, 4)) Console.Write(i + " ");
        Console.WriteLine();
        long total = 0;
        foreach (var f in Gen.Fibonacci(15)) total += f;
        Console.WriteLine(total);
        var evens = Gen.Where(Gen.Range(1, 20), n => n % 2 == 0);
        var squares = Gen.Select(evens, n => n * n);
        Console.WriteLine(string.Join(",", squares));
        var words = Gen.Select(Gen.Range(1, 3), n => new string('*', n));
        foreach (string w in words) Console.WriteLine(w);
    }
}
