using System;
using System.Collections.Generic;

static class Program
{
    static void Main()
    {
        var fromArray = new List<Func<string>>();
        foreach (string w in new string[] { "red", "green", "blue" }) fromArray.Add(() => w);
        foreach (var f in fromArray) Console.Write(f() + " ");
        Console.WriteLine();
        var fromList = new List<Func<int>>();
        foreach (var n in new List<int> { 1, 2, 3 }) fromList.Add(() => n * 10);
        foreach (var f in fromList) Console.Write(f() + " ");
        Console.WriteLine();
        int existing = 0;
        var shared1 = new List<Func<int>>();
        foreach (var e in new int[] { 7, 8 }) { existing = e; shared1.Add(() => existing); }
        foreach (var f in shared1) Console.Write(f() + " ");
        Console.WriteLine();
    }
}
