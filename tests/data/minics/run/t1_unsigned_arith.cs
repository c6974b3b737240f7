// test: mono-run
using System;

class Program
{
    static void Main()
    {
        uint a = 3000000000u;
        uint b = 2000000000u;
        Console.WriteLine(a + b);
        Console.WriteLine(a - b);
        Console.WriteLine(b - a);
        Console.WriteLine(a * 2u);
        Console.WriteLine(a / 7u);
        Console.WriteLine(uint.MaxValue);
        Console.WriteLine(uint.MaxValue / 2u);
        ulong big = 18446744073709551615UL;
        Console.WriteLine(big);
        Console.WriteLine(big / 10UL);
        Console.WriteLine(big % 10UL);
        Console.WriteLine(big + 2UL);
        ushort us = 65535;
        us++;
        Console.WriteLine(us);
        byte by = 250;
        by += 10;
        Console.WriteLine(by);
        uint x = 1u;
        for (int i = 0; i < 31; i++) x *= 2u;
        Console.WriteLine(x);
        Console.WriteLine(x > 1000u);
        ulong fnv = 14695981039346656037UL;
        string s = "abc";
        for (int i = 0; i < s.Length; i++)
        {
            fnv ^= s[i];
            fnv *= 1099511628211UL;
        }
        Console.WriteLine(fnv);
    }
}
