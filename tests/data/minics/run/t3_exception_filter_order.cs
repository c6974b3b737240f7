// test: mono-run
using System;

class Program
{
    static bool Filter(string msg)
    {
        Console.WriteLine("filter runs: " + msg);
        return true;
    }

    static void Inner()
    {
        try
        {
            Console.WriteLine("throwing");
            throw new Exception("boom");
        }
        finally
        {
            Console.WriteLine("inner finally");
        }
    }

    static void Middle()
    {
        try
        {
            Inner();
        }
        finally
        {
            Console.WriteLine("middle finally");
        }
    }

    static void Main()
    {
        try
        {
            Middle();
        }
        catch (Exception e) when (Filter(e.Message))
        {
            Console.WriteLine("handler runs");
        }
        Console.WriteLine("--");
        try
        {
            try
            {
                throw new ArgumentException("a");
            }
            catch (ArgumentException e) when (Filter("inner filter, returns false") && e == null)
            {
                Console.WriteLine("never");
            }
            finally
            {
                Console.WriteLine("finally of the try whose filter failed");
            }
        }
        catch (ArgumentException) when (Filter("outer filter"))
        {
            Console.WriteLine("outer handler");
        }
    }
}
