using System;

static class Program
{
    static string Show(int? x) { if (x.HasValue) return x.Value.ToString(); return "Nothing"; }
    static int? Parse(string s) { int v; if (int.TryParse(s, out v)) return v; return null; }

    static void Main()
    {
        int? a = 5;
        int? b = null;
        int? c = 7;
        Console.WriteLine(Show(a + c));
        Console.WriteLine(Show(a + b));
        Console.WriteLine(Show(a * 3));
        Console.WriteLine(Show(c - a));
        if (a < c) Console.WriteLine("a < c");
        if (a == b && a.HasValue && b.HasValue) Console.WriteLine("never"); else Console.WriteLine("unknown compares false");
        Console.WriteLine(Show(Parse("42")) + " " + Show(Parse("x")));
        int? total = 0;
        foreach (var s in new string[] { "1", "2", "three", "4" }) { var p = Parse(s); if (p.HasValue) total += p; }
        Console.WriteLine(Show(total));
        double? d = 1.5;
        double? e = d * 2;
        Console.WriteLine(e.Value);
        Console.WriteLine(b.GetValueOrDefault(-1));
        Console.WriteLine(b ?? 99);
        Console.WriteLine(b == null);
        Console.WriteLine(a != null);
    }
}
