// test: mono-run
using System;

class Program
{
    static void Main()
    {
        int i = 300;
        Console.WriteLine((byte)i);
        Console.WriteLine((sbyte)i);
        Console.WriteLine((short)i);
        Console.WriteLine((char)(i - 235));
        int n = -1;
        Console.WriteLine((byte)n);
        Console.WriteLine((ushort)n);
        Console.WriteLine((uint)n);
        Console.WriteLine((ulong)n);
        int two = 200, seventy = 70000;
        Console.WriteLine((sbyte)two);
        Console.WriteLine((short)seventy);
        Console.WriteLine((ushort)seventy);
        long big = 0x123456789AL;
        Console.WriteLine((int)big);
        Console.WriteLine((uint)big);
        Console.WriteLine((short)big);
        Console.WriteLine((byte)big);
        long negBig = -5000000000L;
        Console.WriteLine((int)negBig);
        int wide = 65601;
        char c = (char)wide;
        Console.WriteLine((int)c);
        char high = '\u01FF';
        Console.WriteLine((byte)high);
        short s = -2;
        Console.WriteLine((ushort)s);
        Console.WriteLine((char)(ushort)s == '\uFFFE');
        ulong ul = ulong.MaxValue;
        Console.WriteLine((long)ul);
        Console.WriteLine((int)ul);
        Console.WriteLine((byte)(ul >> 8));
    }
}
