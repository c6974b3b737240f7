// test: mono-run
using System;

class Program
{
    static void Main()
    {
        int n = 255;
        Console.WriteLine(n.ToString());
        Console.WriteLine(n.ToString("X"));
        Console.WriteLine(n.ToString("x"));
        Console.WriteLine(n.ToString("X4"));
        Console.WriteLine(n.ToString("D5"));
        Console.WriteLine(n.ToString("F2"));
        Console.WriteLine((-n).ToString("D5"));
        Console.WriteLine((-n).ToString("X"));
        long l = 1234567890123L;
        Console.WriteLine(l.ToString("X"));
        Console.WriteLine(l.ToString("D15"));
        double d = 1.0 / 3.0;
        Console.WriteLine(d.ToString("F2"));
        Console.WriteLine(d.ToString("F5"));
        Console.WriteLine((2.0 / 3.0).ToString("F2"));
        Console.WriteLine((-2.5).ToString("F0"));
        Console.WriteLine(1.5.ToString("F0"));
        Console.WriteLine(0.125.ToString("F2"));
        Console.WriteLine(100.0.ToString("F1"));
        byte by = 10;
        Console.WriteLine(by.ToString("X2"));
        short sh = -1;
        Console.WriteLine(sh.ToString("X"));
        uint u = 3735928559u;
        Console.WriteLine(u.ToString("X"));
        Console.WriteLine(u.ToString());
        Console.WriteLine(true.ToString());
        Console.WriteLine('c'.ToString());
        Console.WriteLine(12.ToString().Length);
        string hex = "";
        for (int i = 0; i < 4; i++) hex += (i * 60).ToString("x2") + " ";
        Console.WriteLine(hex);
    }
}
