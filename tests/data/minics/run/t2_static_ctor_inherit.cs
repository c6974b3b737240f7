// test: mono-run
using System;

class Base
{
    public static string Tag;
    static Base()
    {
        Tag = "base-tag";
        Console.WriteLine("Base static ctor");
    }
    public Base() { Console.WriteLine("Base instance ctor"); }
}

class Derived : Base
{
    public static int Count;
    static Derived() { Console.WriteLine("Derived static ctor"); }
    public Derived() { Count++; Console.WriteLine("Derived instance ctor " + Count); }
}

class Program
{
    static void Main()
    {
        Console.WriteLine("start");
        new Derived();
        Console.WriteLine("second instance");
        new Derived();
        Console.WriteLine(Base.Tag);
        Console.WriteLine(Derived.Count);
    }
}
