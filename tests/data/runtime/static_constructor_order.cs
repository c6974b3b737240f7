// test: mono-run
using System;
class A {
    public static int X = Init("A.X", 1);
    static A() { Console.WriteLine("A cctor"); }
    static int Init(string s, int v) { Console.WriteLine("init " + s); return v; }
    public static void Touch() { Console.WriteLine("A.Touch " + X); }
}
class B {
    public static readonly string Name;
    static B() { Console.WriteLine("B cctor"); Name = "bee"; }
}
class Program {
    static void Main() {
        Console.WriteLine("main start");
        A.Touch();
        A.Touch();
        Console.WriteLine(B.Name);
        Console.WriteLine(B.Name.Length);
    }
}
