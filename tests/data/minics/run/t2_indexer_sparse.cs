// test: mono-run
using System;

class BitSet
{
    private uint[] words;

    public BitSet(int size) { words = new uint[(size + 31) / 32]; }

    public bool this[int i]
    {
        get { return (words[i >> 5] & (1u << (i & 31))) != 0; }
        set
        {
            if (value) words[i >> 5] |= 1u << (i & 31);
            else words[i >> 5] &= ~(1u << (i & 31));
        }
    }

    public int Count
    {
        get
        {
            int n = 0;
            foreach (uint w in words)
                for (uint v = w; v != 0; v &= v - 1) n++;
            return n;
        }
    }
}

class Program
{
    static void Main()
    {
        BitSet bits = new BitSet(100);
        for (int i = 0; i < 100; i += 7) bits[i] = true;
        Console.WriteLine(bits.Count);
        Console.WriteLine(bits[14] + " " + bits[15] + " " + bits[98]);
        bits[14] = false;
        bits[99] = true;
        Console.WriteLine(bits.Count);
        string row = "";
        for (int i = 0; i < 32; i++) row += bits[i] ? '1' : '0';
        Console.WriteLine(row);
        try
        {
            bits[200] = true;
        }
        catch (IndexOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name);
        }
    }
}
