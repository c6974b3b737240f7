using System;

static class Program
{
    static void Main()
    {
        sbyte sb = -12;
        ushort us = 65000;
        uint ui = 4000000000U;
        ulong ul = 18000000000000000000UL;
        float f = 1.5F;
        double d = 0.1;
        Console.WriteLine(sb);
        Console.WriteLine(us);
        Console.WriteLine(ui);
        Console.WriteLine(ul);
        Console.WriteLine(f * 2);
        Console.WriteLine(d + 0.2);
        Console.WriteLine((d + 0.2).ToString("R"));
        Console.WriteLine("123");
        Console.WriteLine("True");
        Console.WriteLine(43);
        Console.WriteLine(4.5);
        Console.WriteLine((long)int.MaxValue + 1);
        Console.WriteLine(true);
        Console.WriteLine(-1);
        Console.WriteLine((byte)255);
        Console.WriteLine(4);
        Console.WriteLine(int.Parse("77") * 2);
        Console.WriteLine(Convert.ToInt32("12"));
        long big = 5000000000L;
        Console.WriteLine(big / 3);
        Console.WriteLine(0.5f + 0.25f);
        Console.WriteLine(Math.Abs(-7) + Math.Max(3, 4) + Math.Min(1, 2));
        Console.WriteLine(Math.Sqrt(16.0));
        Console.WriteLine(Math.Floor(-2.5));
        Console.WriteLine(int.MaxValue);
        Console.WriteLine(long.MinValue);
        Console.WriteLine(double.MaxValue > 1);
        Console.WriteLine(255);
        Console.WriteLine(10);
        Console.WriteLine(15);
        Console.WriteLine(1000000);
    }
}
