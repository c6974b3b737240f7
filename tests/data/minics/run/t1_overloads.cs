// test: mono-run
using System;

class Program
{
    static string F(int x) { return "int " + x; }
    static string F(long x) { return "long " + x; }
    static string F(double x) { return "double " + x; }
    static string F(string x) { return "string " + x; }
    static string F(object x) { return "object " + x; }
    static string F(int x, int y) { return "int,int " + (x + y); }
    static string F(char c) { return "char " + c; }

    static string G(long x) { return "G long"; }
    static string G(double x) { return "G double"; }

    static string H(object o) { return "H object"; }
    static string H(string s) { return "H string"; }

    static void Main()
    {
        Console.WriteLine(F(1));
        Console.WriteLine(F(1L));
        Console.WriteLine(F(1.5));
        Console.WriteLine(F(1.5f));
        Console.WriteLine(F("s"));
        Console.WriteLine(F(true));
        Console.WriteLine(F(2, 3));
        Console.WriteLine(F('z'));
        byte b = 4;
        Console.WriteLine(F(b));
        short sh = 5;
        Console.WriteLine(F(sh));
        uint u = 6;
        Console.WriteLine(F(u));
        Console.WriteLine(G(1));
        Console.WriteLine(G(1u));
        Console.WriteLine(G(2.0f));
        Console.WriteLine(H(null));
        Console.WriteLine(H((object)"x"));
        Console.WriteLine(H("x"));
    }
}
