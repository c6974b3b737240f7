using System;

static class Program
{
    static int Hash(string s)
    {
        int h = 17;
        foreach (char c in s) h = unchecked(h * 31 + AscCode(c));
        return h;
    }

    static int AscCode(char c) { return Convert.ToInt32(c); }

    static void Main()
    {
        Console.WriteLine(Hash("the quick brown fox jumps over the lazy dog"));
        int x = int.MaxValue;
        x = unchecked(x + 1);
        Console.WriteLine(x);
        long y = long.MinValue;
        y = unchecked(y - 1);
        Console.WriteLine(y);
        byte b = 255;
        b = unchecked((byte)(b + 1));
        Console.WriteLine(b);
    }
}
