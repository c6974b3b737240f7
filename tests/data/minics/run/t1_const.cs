// test: mono-run
using System;

class Limits
{
    public const int Max = 100;
    public const int Min = -Max;
    public const long Big = (long)Max * 1000000000;
    public const string Name = "limits";
    public const string Full = Name + "/" + "v1";
    public const double Half = 1.0 / 2;
    public const char Sep = ':';
    public const bool Debug = false;
}

class Program
{
    const int Size = 4;
    const int Area = Size * Size;
    const uint Mask = 0xFFu << 4;

    static void Main()
    {
        const int local = Area + 1;
        const string greeting = "hi " + "there";
        Console.WriteLine(Limits.Max);
        Console.WriteLine(Limits.Min);
        Console.WriteLine(Limits.Big);
        Console.WriteLine(Limits.Full);
        Console.WriteLine(Limits.Half);
        Console.WriteLine(Limits.Sep);
        Console.WriteLine(Limits.Debug);
        Console.WriteLine(Area);
        Console.WriteLine(local);
        Console.WriteLine(greeting);
        Console.WriteLine(Mask);
        int[] arr = new int[Size];
        Console.WriteLine(arr.Length);
        int code = 16;
        switch (code)
        {
            case Area: Console.WriteLine("matched const case"); break;
            case Size: Console.WriteLine("size"); break;
        }
        const int shifted = 1 << Size;
        Console.WriteLine(shifted);
    }
}
