// test: mono-run
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(Math.Abs(-5));
        Console.WriteLine(Math.Abs(5L - 9L));
        Console.WriteLine(Math.Abs(-2.5));
        Console.WriteLine(Math.Max(3, 9));
        Console.WriteLine(Math.Min(3, 9));
        Console.WriteLine(Math.Max(-1.5, -2.5));
        Console.WriteLine(Math.Min(10L, 2L));
        Console.WriteLine(Math.Sqrt(144));
        Console.WriteLine(Math.Sqrt(2).ToString("F5"));
        Console.WriteLine(Math.Pow(2, 10));
        Console.WriteLine(Math.Pow(9, 0.5));
        Console.WriteLine(Math.Floor(2.7));
        Console.WriteLine(Math.Floor(-2.7));
        Console.WriteLine(Math.Ceiling(2.1));
        Console.WriteLine(Math.Ceiling(-2.1));
        Console.WriteLine(Math.Sign(-8));
        Console.WriteLine(Math.Sign(0));
        Console.WriteLine(Math.Sign(3.5));
        Console.WriteLine(Math.PI.ToString("F5"));
        Console.WriteLine(Math.E.ToString("F3"));
        Console.WriteLine(Math.Sin(0));
        Console.WriteLine(Math.Cos(0));
        Console.WriteLine(Math.Sin(Math.PI / 2).ToString("F3"));
        Console.WriteLine(Math.Atan2(1, 1).ToString("F4"));
        Console.WriteLine(Math.Log(Math.E).ToString("F3"));
        Console.WriteLine(Math.Log10(1000).ToString("F3"));
        Console.WriteLine(Math.Exp(0));
        Console.WriteLine(Math.Truncate(-7.9));
        double hyp = Math.Sqrt(3 * 3 + 4 * 4);
        Console.WriteLine(hyp);
        int clamped = Math.Max(0, Math.Min(10, 42));
        Console.WriteLine(clamped);
    }
}
