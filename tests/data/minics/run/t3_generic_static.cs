// test: mono-run
using System;

class Counter<T>
{
    public static int Instances;
    static Counter() { Console.WriteLine("static ctor for one instantiation"); }
    public Counter() { Instances++; }
}

class Cache<T>
{
    private static T last;
    private static bool has;
    public static void Remember(T value) { last = value; has = true; }
    public static string Show() { return has ? "last=" + last : "empty"; }
}

class Program
{
    static void Main()
    {
        new Counter<int>();
        new Counter<int>();
        new Counter<string>();
        Console.WriteLine(Counter<int>.Instances);
        Console.WriteLine(Counter<string>.Instances);
        Console.WriteLine(Counter<double>.Instances);
        Cache<int>.Remember(5);
        Cache<string>.Remember("five");
        Cache<int>.Remember(6);
        Console.WriteLine(Cache<int>.Show());
        Console.WriteLine(Cache<string>.Show());
        Console.WriteLine(Cache<bool>.Show());
    }
}
