// test: mono-run
using System;

class Program
{
    static string Show(int? x) { return x.HasValue ? x.Value.ToString() : "null"; }
    static string Show(bool? x) { return x.HasValue ? x.Value.ToString() : "null"; }

    static void Main()
    {
        int? a = 10, b = null, c = 3;
        Console.WriteLine(Show(a + c));
        Console.WriteLine(Show(a + b));
        Console.WriteLine(Show(a * c - 1));
        Console.WriteLine(Show(-a));
        Console.WriteLine(Show(b * 0));
        Console.WriteLine(Show(a / c));
        Console.WriteLine(Show(a % c));
        Console.WriteLine(Show(a << 2));
        Console.WriteLine(Show(a & 6));
        Console.WriteLine(a > c);
        Console.WriteLine(a > b);
        Console.WriteLine(a < b);
        Console.WriteLine(b == null);
        Console.WriteLine(a != b);
        int? d = null;
        Console.WriteLine(b == d);
        Console.WriteLine(b >= d);
        bool? t = true, f = false, n = null;
        Console.WriteLine(Show(t & n) + " " + Show(f & n) + " " + Show(t | n) + " " + Show(f | n));
        Console.WriteLine(Show(!n) + " " + Show(!t) + " " + Show(t ^ n));
        a += 5;
        Console.WriteLine(Show(a));
        b += 5;
        Console.WriteLine(Show(b));
        a++;
        Console.WriteLine(Show(a));
        long? big = a;
        Console.WriteLine(big + 1);
        double? half = a / 2.0;
        Console.WriteLine(half);
    }
}
