using System;

static class Program
{
    static double CToF(double c) { return c * 9 / 5 + 32; }

    static void Main()
    {
        Console.WriteLine("   C      F");
        for (int c = -40; c <= 100; c += 20) Console.WriteLine(c.ToString().PadLeft(4) + CToF(c).ToString("F1").PadLeft(7));
        double sumF = 0;
        int count = 0;
        for (double c = 0; c <= 1; c += 0.1) { sumF += CToF(c); count += 1; }
        Console.WriteLine(count + " samples, mean " + (sumF / count).ToString("F3"));
    }
}
