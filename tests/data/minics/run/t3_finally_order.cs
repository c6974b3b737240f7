// test: mono-run
using System;

class Program
{
    static void Level3()
    {
        try
        {
            Console.WriteLine("  level3 throws");
            throw new InvalidOperationException("deep");
        }
        finally
        {
            Console.WriteLine("  level3 finally");
        }
    }

    static void Level2()
    {
        try
        {
            Level3();
        }
        finally
        {
            Console.WriteLine("  level2 finally");
        }
    }

    static void Level1()
    {
        try
        {
            Level2();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("  level1 catches " + e.Message);
        }
        finally
        {
            Console.WriteLine("  level1 finally");
        }
    }

    static void Main()
    {
        Console.WriteLine("unwinding:");
        Level1();
        Console.WriteLine("nested in one method:");
        try
        {
            try
            {
                try
                {
                    throw new Exception("x");
                }
                finally { Console.WriteLine("  inner finally"); }
            }
            catch (ArgumentException) { Console.WriteLine("  wrong handler"); }
            finally { Console.WriteLine("  middle finally"); }
        }
        catch (Exception e) { Console.WriteLine("  outer catch " + e.Message); }
        finally { Console.WriteLine("  outer finally"); }
        Console.WriteLine("no exception:");
        try { Console.WriteLine("  body"); }
        finally { Console.WriteLine("  finally still runs"); }
    }
}
