// test: mono-run
// Constant fields folded with C#'s integer typing: int arithmetic stays int, a long or
// uint operand widens, shifts keep the left operand's type, and each value converts to
// the declared type when it fits.
using System;

class Limits {
    public const int Max = int.MaxValue;
    public const long PastMax = int.MaxValue + 1L;
    public const uint TopBit = 1u << 31;
    public const long Mixed = 3u - 5L;
    public const short Small = 300 * 100;
    public const byte Byte = 255;
    public const sbyte Negative = -128;
    public const int Shifted = 1 << 33;
    public const long WideShift = 1L << 33;
    public const int Remainder = -7 % 3;
    public const int Quotient = -7 / 2;
    public const char Letter = 'A';
    public const int FromChar = Letter + 1;
    public const double Ratio = 7 / 2.0;
    public const string Name = "lim" + "its";
}

static class Program {
    static void Main() {
        Console.WriteLine(Limits.Max + " " + Limits.PastMax + " " + Limits.TopBit + " " + Limits.Mixed);
        Console.WriteLine(Limits.Small + " " + Limits.Byte + " " + Limits.Negative);
        Console.WriteLine(Limits.Shifted + " " + Limits.WideShift + " " + Limits.Remainder + " " + Limits.Quotient);
        Console.WriteLine(Limits.Letter + " " + Limits.FromChar + " " + Limits.Ratio + " " + Limits.Name);
    }
}
