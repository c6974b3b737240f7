// test: mono-run
using System;

class Program
{
    static void TakeLong(long x) { Console.WriteLine("long " + x); }
    static void TakeDouble(double x) { Console.WriteLine("double " + x.ToString("F1")); }

    static void Main()
    {
        byte b = 200;
        short s = b;
        int i = s;
        long l = i;
        float f = l;
        double d = f;
        Console.WriteLine(s + " " + i + " " + l + " " + f + " " + d);
        char c = 'A';
        int ci = c;
        ushort cu = c;
        long cl = c;
        double cd = c;
        Console.WriteLine(ci + " " + cu + " " + cl + " " + cd);
        sbyte sb = -5;
        int si = sb;
        long sl = sb;
        Console.WriteLine(si + " " + sl);
        uint u = 4000000000u;
        long ul = u;
        ulong uu = u;
        double ud = u;
        Console.WriteLine(ul + " " + uu + " " + ud.ToString("F0"));
        TakeLong(42);
        TakeLong(c);
        TakeDouble(7);
        TakeDouble(3L);
        TakeDouble(2.5f);
        int big = 16777217;
        float lossy = big;
        Console.WriteLine((int)lossy);
        long huge = 9007199254740993L;
        double lossyD = huge;
        Console.WriteLine((long)lossyD);
        object boxed = i;
        Console.WriteLine(boxed);
    }
}
