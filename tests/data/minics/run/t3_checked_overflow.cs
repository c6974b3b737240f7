// test: mono-run
using System;

class Program
{
    static int Add(int a, int b) { return checked(a + b); }

    static void Main()
    {
        int max = int.MaxValue;
        Console.WriteLine(unchecked(max + 1));
        try
        {
            Console.WriteLine(Add(max, 1));
        }
        catch (OverflowException e)
        {
            Console.WriteLine("add: " + e.GetType().Name);
        }
        try
        {
            int big = 100000;
            Console.WriteLine(checked(big * big));
        }
        catch (OverflowException e)
        {
            Console.WriteLine("mul: " + e.GetType().Name);
        }
        try
        {
            long l = 5000000000L;
            Console.WriteLine(checked((int)l));
        }
        catch (OverflowException e)
        {
            Console.WriteLine("narrowing: " + e.GetType().Name);
        }
        try
        {
            int neg = -1;
            Console.WriteLine(checked((uint)neg));
        }
        catch (OverflowException e)
        {
            Console.WriteLine("sign: " + e.GetType().Name);
        }
        try
        {
            double d = 1e20;
            Console.WriteLine(checked((long)d));
        }
        catch (OverflowException e)
        {
            Console.WriteLine("double to long: " + e.GetType().Name);
        }
        try
        {
            int min = int.MinValue;
            Console.WriteLine(checked(-min));
        }
        catch (OverflowException e)
        {
            Console.WriteLine("negate: " + e.GetType().Name);
        }
        Console.WriteLine(checked(1000 * 1000));
        Console.WriteLine(Add(2, 3));
    }
}
