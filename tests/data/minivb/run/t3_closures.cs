using System;
using System.Collections.Generic;

static class Program
{
    static Func<int> MakeCounter() { int count = 0; return () => { count += 1; return count; }; }
    static Func<int, int> Compose(Func<int, int> f, Func<int, int> g) { return x => g(f(x)); }
    static Func<int, int> Adder(int n) { return x => x + n; }
    static void Repeat(int times, Action<int> body) { for (int i = 1; i <= times; i++) body(i); }
    static List<int> Map(List<int> xs, Func<int, int> f) { var o = new List<int>(); foreach (var x in xs) o.Add(f(x)); return o; }

    static void Main()
    {
        var c1 = MakeCounter();
        var c2 = MakeCounter();
        Console.WriteLine(c1() + " " + c1() + " " + c1() + " " + c2());
        var inc = Adder(1);
        Func<int, int> dbl = x => x * 2;
        Console.WriteLine(Compose(inc, dbl)(5));
        Console.WriteLine(Compose(dbl, inc)(5));
        int acc = 0;
        Repeat(4, i => acc += i * i);
        Console.WriteLine(acc);
        var squares = Map(new List<int> { 1, 2, 3 }, x => x * x);
        Console.WriteLine(string.Join(",", squares));
        var actions = new List<Action>();
        foreach (var word in new string[] { "one", "two", "three" }) { string w = word; actions.Add(() => Console.Write(w.Length)); }
        foreach (var a in actions) a();
        Console.WriteLine();
        Predicate<int> pred = n => n > 2;
        Console.WriteLine(new List<int> { 1, 2, 3, 4 }.FindAll(pred).Count);
        Comparison<string> cmp = (a, b) => a.Length.CompareTo(b.Length);
        var words = new List<string> { "ccc", "a", "bb" };
        words.Sort(cmp);
        Console.WriteLine(string.Join(" ", words));
    }
}
