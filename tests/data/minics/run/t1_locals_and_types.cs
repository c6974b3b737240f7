// test: mono-run
using System;

class Program
{
    static void Main()
    {
        int i = -123;
        long l = 1234567890123L;
        short s = -32000;
        byte b = 255;
        sbyte sb = -128;
        uint ui = 4000000000u;
        ulong ul = 18000000000000000000UL;
        ushort us = 65535;
        char c = 'Z';
        bool t = true;
        double d = 2.5;
        float f = 0.25f;
        string str = "text";
        object o = 17;
        Console.WriteLine(i);
        Console.WriteLine(l);
        Console.WriteLine(s);
        Console.WriteLine(b);
        Console.WriteLine(sb);
        Console.WriteLine(ui);
        Console.WriteLine(ul);
        Console.WriteLine(us);
        Console.WriteLine(c);
        Console.WriteLine(t);
        Console.WriteLine(d);
        Console.WriteLine(f);
        Console.WriteLine(str);
        Console.WriteLine(o);
        var inferred = 10;
        var inferredString = "var works";
        Console.WriteLine(inferred + 1);
        Console.WriteLine(inferredString);
        Console.WriteLine(int.MaxValue);
        Console.WriteLine(int.MinValue);
        Console.WriteLine(long.MaxValue);
        Console.WriteLine(byte.MaxValue + 1);
        Console.WriteLine(ushort.MaxValue);
        Console.WriteLine(sbyte.MinValue);
    }
}
