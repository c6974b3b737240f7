using System;
using System.Globalization;

static class Program
{
    static void Main()
    {
        var inv = CultureInfo.InvariantCulture;
        double[] values = { 0, 1.5, -2.25, 1234567.891, 0.000123 };
        foreach (var v in values) Console.WriteLine(v.ToString("F2", inv).PadLeft(14) + v.ToString("E3", inv).PadLeft(14) + v.ToString("N1", inv).PadLeft(16));
        int n = 48879;
        Console.WriteLine(n.ToString("X") + " " + n.ToString("x8") + " " + n.ToString("D8") + " " + Convert.ToString(n, 2));
        Console.WriteLine(string.Format(inv, "{0,-6}|{1,6}|{2:0.00}", "ab", 42, 3.14159));
        Console.WriteLine(int.Parse("FF", NumberStyles.HexNumber));
        Console.WriteLine((255).ToString().PadLeft(5, '0'));
        Console.WriteLine(long.MaxValue.ToString("N0", inv));
        double x = 1.005 * 100;
        Console.WriteLine(Math.Round(x) / 100);
        Console.WriteLine(double.Parse("3.5e2", inv));
    }
}
