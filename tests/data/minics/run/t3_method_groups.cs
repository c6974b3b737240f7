// test: mono-run
using System;

class Greeter
{
    private readonly string greeting;
    public Greeter(string g) { greeting = g; }
    public string Greet(string name) { return greeting + ", " + name; }
    public static string Shout(string s) { return s.ToUpper() + "!"; }
}

class Program
{
    static int Square(int x) { return x * x; }
    static int Negate(int x) { return -x; }
    static void Show(int x) { Console.Write("[" + x + "]"); }
    static string Describe(int x) { return "int " + x; }
    static string Describe(string s) { return "string " + s; }

    static int[] Map(int[] xs, Func<int, int> f)
    {
        int[] r = new int[xs.Length];
        for (int i = 0; i < xs.Length; i++) r[i] = f(xs[i]);
        return r;
    }

    static void ForEach(int[] xs, Action<int> a) { foreach (int x in xs) a(x); }

    static void Main()
    {
        int[] xs = { 1, 2, 3 };
        ForEach(Map(xs, Square), Show);
        Console.WriteLine();
        ForEach(Map(Map(xs, Square), Negate), Show);
        Console.WriteLine();
        Greeter g = new Greeter("Hi");
        Func<string, string> greet = g.Greet;
        Func<string, string> shout = Greeter.Shout;
        Console.WriteLine(shout(greet("ann")));
        Func<int, string> d1 = Describe;
        Func<string, string> d2 = Describe;
        Console.WriteLine(d1(5) + " / " + d2("five"));
        Func<string> toStr = 42.ToString;
        Console.WriteLine(toStr());
        Func<string, bool> startsA = "abc".StartsWith;
        Console.WriteLine(startsA("ab") + " " + startsA("b"));
        Action<string> writer = Console.WriteLine;
        writer("Console.WriteLine as an Action");
        Func<int, int, int> max = Math.Max;
        Console.WriteLine(max(3, 9));
    }
}
