// test: mono-run
using System;

class Program
{
    static double Sqrt(double x)
    {
        double g = x / 2;
        for (int i = 0; i < 30; i++) g = (g + x / g) / 2;
        return g;
    }

    static void Main()
    {
        double a = 10.5, b = 4.0;
        Console.WriteLine((a + b).ToString("F3"));
        Console.WriteLine((a - b).ToString("F3"));
        Console.WriteLine((a * b).ToString("F3"));
        Console.WriteLine((a / b).ToString("F3"));
        Console.WriteLine((a % b).ToString("F3"));
        Console.WriteLine((-a % b).ToString("F3"));
        Console.WriteLine(Sqrt(2).ToString("F6"));
        Console.WriteLine(Sqrt(144).ToString("F6"));
        double zero = 0.0;
        double inf = 1.0 / zero;
        Console.WriteLine(inf > double.MaxValue);
        Console.WriteLine(double.IsInfinity(-1.0 / zero));
        Console.WriteLine(double.IsNaN(inf - inf));
        double sum = 0;
        for (int i = 0; i < 10; i++) sum += 0.1;
        Console.WriteLine(sum == 1.0);
        Console.WriteLine(Math.Abs(sum - 1.0) < 1e-9);
        Console.WriteLine(sum.ToString("F2"));
        double x = 1e10;
        Console.WriteLine((x * x).ToString("F0"));
        Console.WriteLine(0.5 + 0.25);
        Console.WriteLine(-1.5);
        Console.WriteLine(100.0);
        Console.WriteLine(3.0 * 2);
    }
}
