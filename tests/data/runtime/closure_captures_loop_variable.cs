// test: mono-run
using System;
using System.Collections.Generic;
class Program {
    static void Main() {
        var fs = new List<Func<int>>();
        for (int i = 0; i < 3; i++) { int copy = i; fs.Add(() => copy * 10); }
        foreach (var x in new[] { 7, 8 }) fs.Add(() => x);
        int counter = 0;
        Action inc = () => counter++;
        inc(); inc();
        foreach (var f in fs) Console.WriteLine(f());
        Console.WriteLine("counter " + counter);
    }
}
