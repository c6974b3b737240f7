using System;

static class Bits
{
    static int PopCount(uint x) { int n = 0; while (x != 0U) { n += (int)(x & 1U); x >>= 1; } return n; }
    static bool IsPowerOfTwo(long x) { return x > 0 && (x & (x - 1)) == 0; }
    static byte ReverseBits(byte b) { byte r = 0; for (int i = 0; i <= 7; i++) { r = (byte)((r << 1) | (b & 1)); b >>= 1; } return r; }

    static void Main()
    {
        Console.WriteLine(PopCount(255U) + " " + PopCount(0xF0F0U) + " " + PopCount(uint.MaxValue));
        Console.WriteLine(IsPowerOfTwo(1024) + " " + IsPowerOfTwo(1000) + " " + IsPowerOfTwo(1L << 40));
        Console.WriteLine(ReverseBits(1) + " " + ReverseBits(6));
        int flags = 0;
        flags = flags | (1 << 3);
        flags = flags | (1 << 0);
        Console.WriteLine(flags + " " + ((flags & (1 << 3)) != 0) + " " + ((flags & (1 << 2)) != 0));
        flags = flags & ~(1 << 3);
        Console.WriteLine(flags);
        Console.WriteLine(~0U);
        Console.WriteLine((-1 >> 28) + " " + (unchecked((int)0x80000000) >> 4));
        Console.WriteLine(1 << 33);
        Console.WriteLine(1L << 33);
        Console.WriteLine(0xFFL ^ 0xF0L);
        short s = -2;
        Console.WriteLine(s >> 1);
        ushort u = 65535;
        Console.WriteLine(u >> 4);
    }
}
