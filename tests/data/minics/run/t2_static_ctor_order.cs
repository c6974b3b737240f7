// test: mono-run
using System;

class A
{
    public static int Value;
    static A()
    {
        Console.WriteLine("A static ctor");
        Value = 10;
    }
    public static void Touch() { Console.WriteLine("A.Touch"); }
}

class B
{
    public static int Value = Init();
    static B() { Console.WriteLine("B static ctor"); }
    static int Init() { Console.WriteLine("B field initializer"); return B2.Doubled; }
}

class B2
{
    public static int Doubled;
    static B2()
    {
        Console.WriteLine("B2 static ctor");
        Doubled = 2 * A.Value;
    }
}

class C
{
    static C() { Console.WriteLine("C static ctor (never triggered)"); }
    public static void Unused() { }
}

class D
{
    static D() { Console.WriteLine("D static ctor"); }
    public D() { Console.WriteLine("D instance ctor"); }
}

class Program
{
    static Program() { Console.WriteLine("Program static ctor"); }

    static void Main()
    {
        Console.WriteLine("Main starts");
        A.Touch();
        A.Touch();
        Console.WriteLine("B.Value = " + B.Value);
        Console.WriteLine("before new D");
        new D();
        new D();
        Console.WriteLine("A.Value = " + A.Value);
    }
}
