// test: mono-run
using System;

class Program
{
    static bool Trace(string name, bool value)
    {
        Console.Write(name + " ");
        return value;
    }

    static void Main()
    {
        int a = 0x5A, b = 0x3C;
        Console.WriteLine(a & b);
        Console.WriteLine(a | b);
        Console.WriteLine(a ^ b);
        Console.WriteLine(~a);
        Console.WriteLine(~0);
        uint ua = 0xF0F0F0F0u;
        Console.WriteLine(~ua);
        Console.WriteLine(ua & 0xFFu);
        long la = 0x7FFFFFFFFFL;
        Console.WriteLine(la & 0xFF00L);
        Console.WriteLine(la ^ -1L);
        int flags = 0;
        flags |= 1 << 3;
        flags |= 1 << 5;
        flags &= ~(1 << 3);
        flags ^= 1;
        Console.WriteLine(flags);
        bool r1 = Trace("a", false) & Trace("b", true);
        Console.WriteLine(r1);
        bool r2 = Trace("c", true) | Trace("d", false);
        Console.WriteLine(r2);
        bool r3 = Trace("e", true) ^ Trace("f", true);
        Console.WriteLine(r3);
        int mask = -1;
        Console.WriteLine(mask & 255);
        Console.WriteLine((a & 1) == 0 ? "even" : "odd");
    }
}
