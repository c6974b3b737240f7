// test: mono-run
using System;

enum Small : byte { A = 1, B = 200, C }
enum Huge : long { Min = long.MinValue, Zero = 0, Max = long.MaxValue }
enum Unsigned : uint { Top = 4000000000 }
enum Signed : sbyte { Neg = -100, Pos = 100 }

class Program
{
    static void Main()
    {
        Console.WriteLine(Small.C + " " + (int)Small.C);
        byte raw = (byte)Small.B;
        Console.WriteLine(raw);
        Console.WriteLine(Huge.Max + " " + (long)Huge.Max);
        Console.WriteLine((long)Huge.Min);
        Console.WriteLine(Unsigned.Top + " " + (uint)Unsigned.Top);
        Console.WriteLine((int)Signed.Neg);
        Small s = Small.A;
        s++;
        Console.WriteLine(s + " " + (int)s);
        s = Small.C;
        s += 54;
        Console.WriteLine((int)s);
        Huge h = (Huge)42L;
        Console.WriteLine(h);
        Console.WriteLine(Small.A < Small.B);
        int diff = Small.C - Small.A;
        Console.WriteLine(diff);
        Small fromInt = (Small)(byte)7;
        Console.WriteLine(fromInt);
    }
}
