// test: mono-run
using System;

class DataError : Exception
{
    public DataError(string msg, Exception inner) : base(msg, inner) { }
}

class Program
{
    static int attempts;

    static void Risky()
    {
        attempts++;
        throw new InvalidOperationException("risky failed #" + attempts);
    }

    static void LogAndRethrow()
    {
        try
        {
            Risky();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("logging: " + e.Message);
            throw;
        }
    }

    static void ThrowSameObject()
    {
        try
        {
            Risky();
        }
        catch (Exception e)
        {
            throw e;
        }
    }

    static void Wrap()
    {
        try
        {
            Risky();
        }
        catch (Exception e)
        {
            throw new DataError("wrapped", e);
        }
    }

    static void Main()
    {
        try { LogAndRethrow(); }
        catch (InvalidOperationException e) { Console.WriteLine("outer got " + e.Message); }
        try { ThrowSameObject(); }
        catch (Exception e) { Console.WriteLine("outer got " + e.GetType().Name + " " + e.Message); }
        try { Wrap(); }
        catch (DataError e)
        {
            Console.WriteLine(e.Message + " <- " + e.InnerException.GetType().Name + ": " + e.InnerException.Message);
        }
        try
        {
            try { throw new FormatException("first"); }
            catch (FormatException) { throw new ArgumentException("second"); }
            finally { Console.WriteLine("finally between the two"); }
        }
        catch (ArgumentException e) { Console.WriteLine("got " + e.Message); }
        Console.WriteLine(attempts);
    }
}
