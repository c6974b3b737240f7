// test: mono-run
using System;
using System.Collections.Generic;
class Program {
    static IEnumerable<int> Fib(int n) {
        int a = 0, b = 1;
        for (int i = 0; i < n; i++) {
            yield return a;
            int t = a + b; a = b; b = t;
        }
    }
    static IEnumerable<string> Guarded() {
        try { yield return "first"; yield return "second"; }
        finally { Console.WriteLine("cleanup"); }
    }
    static void Main() {
        foreach (int f in Fib(10)) Console.Write(f + " ");
        Console.WriteLine();
        foreach (string s in Guarded()) { Console.WriteLine(s); break; }
    }
}
