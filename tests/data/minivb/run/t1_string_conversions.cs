using System;

static class Program
{
    static double V(double d) { return d; }

    static void Main()
    {
        double d = 0.1 + 0.2;
        Console.WriteLine(d);
        Console.WriteLine("sum " + d.ToString("R"));
        Console.WriteLine((1.0 / 3).ToString("R"));
        float f = 1.1F;
        Console.WriteLine("single " + f.ToString("R"));
        Console.WriteLine("big " + (1.0E+25).ToString("R"));
        Console.WriteLine("int " + 42 + " long " + 9000000000L + " neg " + -7);
        Console.WriteLine("bool True/False");
        Console.WriteLine("char " + 'q');
        Console.WriteLine((-0.5).ToString("R"));
        Console.WriteLine((int)Math.Round(double.Parse("  17 ")) * 2);
        Console.WriteLine(long.Parse("123456789012"));
        Console.WriteLine(double.Parse("1.25") + 1);
        Console.WriteLine(bool.Parse("True") && !bool.Parse("False"));
        Console.WriteLine((int)Math.Round(V(1.5)) + " " + (int)Math.Round(V(2.5)) + " " + (int)Math.Round(V(-0.5)) + " " + (int)Math.Round(V(0.5000001)));
        Console.WriteLine((byte)Math.Round(V(3.5)) + " " + (short)Math.Round(V(-3.5)));
        Console.WriteLine(7.0 / 2.0);
        Console.WriteLine(1f / 3);
        Console.WriteLine((long)int.MaxValue * 2);
        Console.WriteLine((int)Math.Round(double.Parse("12")) + (int)Math.Round(V(3.4)));
        object o = 5;
        Console.WriteLine((int)o + 1);
        o = "text";
        Console.WriteLine(((string)o).Length);
        Console.WriteLine("xyz"[0]);
    }
}
