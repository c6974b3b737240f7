// test: mono-run
using System;

class Program
{
    static int Divide(int a, int b)
    {
        if (b == 0) throw new ArgumentException("b must not be zero");
        return a / b;
    }

    static void Main()
    {
        try
        {
            Console.WriteLine(Divide(10, 2));
            Console.WriteLine(Divide(1, 0));
            Console.WriteLine("not reached");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("caught: " + e.Message);
        }
        Console.WriteLine("after first try");
        try
        {
            throw new InvalidOperationException("bad state");
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            Console.WriteLine("no exception here");
        }
        catch (Exception)
        {
            Console.WriteLine("never");
        }
        int attempts = 0;
        while (true)
        {
            try
            {
                attempts++;
                if (attempts < 3) throw new Exception("attempt " + attempts + " failed");
                Console.WriteLine("succeeded on attempt " + attempts);
                break;
            }
            catch (Exception e)
            {
                Console.WriteLine(e.Message);
            }
        }
        try
        {
            throw new NotSupportedException();
        }
        catch
        {
            Console.WriteLine("general catch clause");
        }
    }
}
