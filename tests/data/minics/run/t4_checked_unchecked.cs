// test: mono-run
using System;

class Program
{
    const int Big = int.MaxValue;

    static int Hash(string s)
    {
        unchecked
        {
            int h = (int)2166136261;
            foreach (char c in s) h = (h ^ c) * 16777619;
            return h;
        }
    }

    static void Main()
    {
        Console.WriteLine(unchecked(Big + 1));
        Console.WriteLine(unchecked((int)0xFFFFFFFF));
        Console.WriteLine(unchecked((byte)300));
        Console.WriteLine(unchecked((short)40000));
        Console.WriteLine(Hash("hello"));
        Console.WriteLine(Hash(""));
        long l = long.MaxValue;
        try
        {
            long m = checked(l * 2);
            Console.WriteLine(m);
        }
        catch (OverflowException)
        {
            Console.WriteLine("long overflow");
        }
        ulong u = 0;
        try
        {
            u = checked(u - 1);
        }
        catch (OverflowException)
        {
            Console.WriteLine("ulong underflow");
        }
        Console.WriteLine(unchecked(u - 1));
        double d = 3e9;
        try
        {
            Console.WriteLine(checked((int)d));
        }
        catch (OverflowException)
        {
            Console.WriteLine("double to int overflow");
        }
        Console.WriteLine(checked((uint)d));
        char c = char.MaxValue;
        Console.WriteLine((int)unchecked((char)(c + 1)));
    }
}
