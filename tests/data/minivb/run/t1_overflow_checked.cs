using System;

class Program
{
    static int AddUp(int x, int y) { return checked(x + y); }

    static double V(double d) { return d; }

    static void Main()
    {
        try { Console.WriteLine(AddUp(int.MaxValue, 1)); }
        catch (OverflowException) { Console.WriteLine("overflow caught"); }
        byte b = 250;
        try { b = checked((byte)(b + 10)); Console.WriteLine(b); }
        catch (OverflowException) { Console.WriteLine("byte overflow"); }
        double d = 1.0E+20;
        try { int n = checked((int)Math.Round(d)); Console.WriteLine(n); }
        catch (OverflowException) { Console.WriteLine("conversion overflow"); }
        Console.WriteLine((int)Math.Round(V(2.5)));
        Console.WriteLine((int)Math.Round(V(3.5)));
        Console.WriteLine((int)Math.Round(V(-2.5)));
        Console.WriteLine((long)Math.Round(V(7.5)));
        Console.WriteLine((short)Math.Round(V(0.5)));
    }
}
