using System;

static class Program
{
    static byte AddBytes(byte a, byte b) { return checked((byte)(a + b)); }
    static short MulShorts(short a, short b) { return checked((short)(a * b)); }

    static void Main()
    {
        Console.WriteLine(AddBytes(100, 100));
        try { Console.WriteLine(AddBytes(200, 100)); }
        catch (OverflowException) { Console.WriteLine("Byte overflow"); }
        Console.WriteLine(MulShorts(100, 300));
        try { Console.WriteLine(MulShorts(300, 300)); }
        catch (OverflowException) { Console.WriteLine("Short overflow"); }
        long l = long.MaxValue;
        try { l = checked(l + 1); }
        catch (OverflowException) { Console.WriteLine("Long overflow"); }
        int i = int.MinValue;
        try { i = checked(-i); }
        catch (OverflowException) { Console.WriteLine("negation overflow"); }
        try { int m = -1; Console.WriteLine(int.MinValue / m); }
        catch (OverflowException) { Console.WriteLine("division overflow"); }
        double d = 1.0 / 0;
        Console.WriteLine(double.IsInfinity(d));
    }
}
