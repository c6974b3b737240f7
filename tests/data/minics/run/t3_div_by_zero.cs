// test: mono-run
using System;

class Program
{
    static void Main()
    {
        int zero = 0;
        long lzero = 0;
        try
        {
            Console.WriteLine(10 / zero);
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine("int /: " + e.GetType().Name);
        }
        try
        {
            Console.WriteLine(10 % zero);
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine("int %: " + e.GetType().Name);
        }
        try
        {
            Console.WriteLine(10L / lzero);
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine("long /: " + e.GetType().Name);
        }
        try
        {
            uint u = 5;
            Console.WriteLine(u / (uint)zero);
        }
        catch (ArithmeticException e)
        {
            Console.WriteLine("uint / caught as ArithmeticException: " + e.GetType().Name);
        }
        double dz = 0.0;
        double inf = 1.0 / dz;
        Console.WriteLine("double / 0 does not throw: " + (inf > 1e308));
        Console.WriteLine(double.IsNaN(dz / dz));
        Console.WriteLine((5.5 % dz).Equals(double.NaN));
        int x = 7;
        x = x * zero;
        try
        {
            x /= zero;
        }
        catch (DivideByZeroException)
        {
            Console.WriteLine("compound /= also throws");
        }
        Console.WriteLine(x);
    }
}
