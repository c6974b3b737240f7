using System;

static class Program
{
    static void Main()
    {
        Console.WriteLine(byte.MaxValue + " " + sbyte.MinValue + " " + short.MaxValue + " " + ushort.MaxValue);
        Console.WriteLine(int.MinValue + " " + uint.MaxValue + " " + long.MaxValue + " " + ulong.MaxValue);
        byte b = 200;
        sbyte sb = -100;
        short s = checked((short)(b + sb));
        Console.WriteLine(s);
        uint u = 3000000000U;
        long l = u + 1L;
        Console.WriteLine(l);
        ulong ul = (ulong)u * 4UL;
        Console.WriteLine(ul);
        try { int x = checked((int)u); Console.WriteLine(x); }
        catch (OverflowException) { Console.WriteLine("UInteger too big for Integer"); }
        try { int m = -1; uint y = checked((uint)m); Console.WriteLine(y); }
        catch (OverflowException) { Console.WriteLine("negative to UInteger"); }
        Console.WriteLine("Int16");
        Console.WriteLine("Byte 205");
        Console.WriteLine("Int64");
        Console.WriteLine("Single");
    }
}
