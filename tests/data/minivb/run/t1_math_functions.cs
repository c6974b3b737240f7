using System;

static class Program
{
    static double Hypot(double a, double b) { return Math.Sqrt(Math.Pow(a, 2) + Math.Pow(b, 2)); }
    static double V(double d) { return d; }

    static void Main()
    {
        Console.WriteLine(Hypot(3, 4));
        Console.WriteLine(Math.Round(V(2.345), 2));
        Console.WriteLine(Math.Round(V(-1.5)));
        Console.WriteLine(Math.Ceiling(1.2) + " " + Math.Floor(-1.2) + " " + Math.Truncate(-1.7));
        Console.WriteLine(Math.Sign(-3) + " " + Math.Abs(-2.5).ToString("R"));
        Console.WriteLine(Math.Max(3L, 7L) + " " + Math.Min(-1.0, 2.0));
        Console.WriteLine(Math.Sin(0) + " " + Math.Cos(0));
        Console.WriteLine(Math.Log10(1000) + " " + Math.Exp(0));
        Console.WriteLine((Math.PI * 100).ToString("F4"));
        Console.WriteLine(10 % 3 + " " + -10 % 3 + " " + (10.5 % 3).ToString("R"));
        Console.WriteLine((7.0 / 2).ToString("R") + " " + 7 / 2 + " " + -7 / 2);
        Console.WriteLine(Math.Pow(2, 0.5));
        Console.WriteLine((int)Math.Round(Math.Sqrt(50)));
        Console.WriteLine(int.MaxValue / 2 + int.MaxValue / 2);
    }
}
