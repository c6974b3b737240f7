// test: mono-run
using System;

class Point
{
    public int X = 1, Y = 2;
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}

class Program
{
    static void Main()
    {
        string a = "foo", b = "bar";
        Console.WriteLine(a + b);
        Console.WriteLine(a + 1 + 2);
        Console.WriteLine(1 + 2 + a);
        Console.WriteLine(a + (1 + 2));
        Console.WriteLine(a + 'x' + true + false);
        Console.WriteLine('x' + 'y' + a);
        string n = null;
        Console.WriteLine("[" + n + "]");
        Console.WriteLine(n + n == "");
        object o = null;
        Console.WriteLine("obj:" + o + ".");
        Console.WriteLine("point " + new Point());
        Console.WriteLine(2.5 + " and " + 10L + " and " + 3u);
        string acc = "";
        for (int i = 0; i < 5; i++) acc = acc + i + ",";
        Console.WriteLine(acc);
        string multi = a + b + a + b + a;
        Console.WriteLine(multi);
        Console.WriteLine(string.Concat("x", "y", "z"));
        Console.WriteLine(string.Concat(a, 42));
        Console.WriteLine("" + -5);
        Console.WriteLine("line1\nline2\ttabbed");
        Console.WriteLine(@"verbatim \n stays ""quoted""");
    }
}
