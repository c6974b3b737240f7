// test: mono-run
using System;

class Program
{
    static void Main()
    {
        int minusOne = -1;
        uint asUint = (uint)minusOne;
        Console.WriteLine(asUint);
        Console.WriteLine((int)asUint);
        uint three = 3000000000u;
        Console.WriteLine((int)three);
        Console.WriteLine((long)three);
        long lm = -1L;
        Console.WriteLine((ulong)lm);
        ulong top = 0x8000000000000000UL;
        Console.WriteLine((long)top);
        Console.WriteLine((long)(top - 1));
        uint a = 5u, b = 7u;
        Console.WriteLine(a - b);
        Console.WriteLine((int)(a - b));
        Console.WriteLine((long)a - (long)b);
        short smin = short.MinValue;
        ushort us = (ushort)smin;
        Console.WriteLine(us);
        short back = (short)us;
        Console.WriteLine(back);
        sbyte sbmin = sbyte.MinValue;
        byte bt = (byte)sbmin;
        Console.WriteLine(bt);
        sbyte sbt = (sbyte)bt;
        Console.WriteLine(sbt);
        uint mixed = 10u;
        int offset = -3;
        long sum = mixed + offset;
        Console.WriteLine(sum);
        Console.WriteLine(mixed + (uint)offset);
        double fromU = (double)uint.MaxValue;
        Console.WriteLine(fromU.ToString("F0"));
        double fromUL = (double)ulong.MaxValue;
        Console.WriteLine(fromUL > 1.8e19);
    }
}
