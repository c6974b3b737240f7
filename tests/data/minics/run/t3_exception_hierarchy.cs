// test: mono-run
using System;

class Program
{
    static void Throw(int kind)
    {
        switch (kind)
        {
            case 0: throw new ArgumentNullException("p");
            case 1: throw new ArgumentOutOfRangeException("p");
            case 2: throw new ArgumentException("arg");
            case 3: throw new InvalidOperationException("op");
            case 4: throw new NotImplementedException();
            case 5: throw new FormatException();
            case 6: throw new IndexOutOfRangeException();
            default: throw new Exception("plain");
        }
    }

    static string Classify(int kind)
    {
        try
        {
            Throw(kind);
            return "none";
        }
        catch (ArgumentNullException)
        {
            return "ArgumentNullException handler";
        }
        catch (ArgumentException e)
        {
            return "ArgumentException handler got " + e.GetType().Name;
        }
        catch (InvalidOperationException e)
        {
            return "InvalidOperationException handler got " + e.GetType().Name;
        }
        catch (SystemException e)
        {
            return "SystemException handler got " + e.GetType().Name;
        }
        catch (Exception e)
        {
            return "Exception handler got " + e.GetType().Name;
        }
    }

    static void Main()
    {
        for (int k = 0; k <= 7; k++) Console.WriteLine(k + ": " + Classify(k));
        Exception e1 = new ArgumentOutOfRangeException();
        Console.WriteLine(e1 is ArgumentException);
        Console.WriteLine(e1 is SystemException);
        Console.WriteLine(new FormatException() is SystemException);
        Console.WriteLine(new NullReferenceException() is SystemException);
    }
}
