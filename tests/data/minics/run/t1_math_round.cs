// test: mono-run
// clr-lite: pending Mono prints 9 for (int)Math.Round(8.5); clr-lite rounds half to even
using System;

class Program
{
    static void Main()
    {
        double[] values = { 0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.4, 2.6, -2.6 };
        foreach (double v in values)
        {
            Console.WriteLine(v.ToString("F1") + " -> " + Math.Round(v));
        }
        Console.WriteLine(Math.Round(3.14159, 2).ToString("F2"));
        Console.WriteLine(Math.Round(2.345, 1).ToString("F1"));
        Console.WriteLine(Math.Round(-1.25, 1).ToString("F2"));
        Console.WriteLine(Math.Round(1234.5678, 0));
        Console.WriteLine((int)Math.Round(7.5));
        Console.WriteLine((int)Math.Round(8.5));
        Console.WriteLine((long)Math.Floor(-0.5));
        Console.WriteLine((long)Math.Ceiling(-0.5));
        int cents = (int)Math.Round(19.999 * 100);
        Console.WriteLine(cents);
    }
}
