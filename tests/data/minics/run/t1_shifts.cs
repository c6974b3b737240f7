// test: mono-run
using System;

class Program
{
    static void Main()
    {
        int one = 1;
        Console.WriteLine(one << 4);
        Console.WriteLine(one << 31);
        Console.WriteLine(one << 32);
        Console.WriteLine(one << 33);
        int neg = -16;
        Console.WriteLine(neg >> 2);
        Console.WriteLine(neg >> 31);
        Console.WriteLine(-1 >> 10);
        uint un = 0x80000000u;
        Console.WriteLine(un >> 31);
        Console.WriteLine(un >> 4);
        long l = 1L;
        Console.WriteLine(l << 40);
        Console.WriteLine(l << 64);
        Console.WriteLine(l << 65);
        long ln = -1024L;
        Console.WriteLine(ln >> 3);
        ulong ul = ulong.MaxValue;
        Console.WriteLine(ul >> 60);
        int count = 35;
        Console.WriteLine(8 >> count);
        int x = 5;
        x <<= 3;
        Console.WriteLine(x);
        x >>= 1;
        Console.WriteLine(x);
        byte by = 0xF0;
        Console.WriteLine(by >> 4);
        Console.WriteLine(by << 4);
        int bits = 0;
        for (uint v = 0xDEADBEEFu; v != 0; v >>= 1)
        {
            if ((v & 1u) != 0) bits++;
        }
        Console.WriteLine(bits);
    }
}
