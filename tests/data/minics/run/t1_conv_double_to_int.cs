// test: mono-run
using System;

class Program
{
    static void Show(double d)
    {
        Console.WriteLine(d.ToString("F2") + " -> int " + (int)d + ", long " + (long)d);
    }

    static void Main()
    {
        Show(2.7);
        Show(-2.7);
        Show(0.999);
        Show(-0.5);
        Show(12345.99);
        Show(-12345.99);
        Show(1e9);
        Console.WriteLine((short)-12345.99);
        double big = 5e12;
        Console.WriteLine((long)big);
        float f = 3.99f;
        Console.WriteLine((int)f);
        Console.WriteLine((int)-f);
        Console.WriteLine((byte)200.9);
        Console.WriteLine((char)66.6);
        Console.WriteLine((uint)4000000000.7);
        Console.WriteLine((ulong)1.8e19);
        double third = 1.0 / 3.0;
        float narrowed = (float)third;
        Console.WriteLine(narrowed.ToString("F6"));
        double average = (double)7 / 2;
        Console.WriteLine(average);
        int truncatedAverage = 7 / 2;
        Console.WriteLine(truncatedAverage);
        int percent = (int)(0.07 * 100);
        Console.WriteLine(percent);
        int rounded = (int)Math.Round(0.07 * 100);
        Console.WriteLine(rounded);
    }
}
