// test: mono-run
using System;

class Program
{
    static void TryParse(string s)
    {
        try
        {
            int v = int.Parse(s);
            Console.WriteLine("'" + s + "' -> " + v);
        }
        catch (FormatException e)
        {
            Console.WriteLine("'" + s + "' -> " + e.GetType().Name);
        }
        catch (OverflowException e)
        {
            Console.WriteLine("'" + s + "' -> " + e.GetType().Name);
        }
    }

    static void Main()
    {
        TryParse("42");
        TryParse("-17");
        TryParse("+8");
        TryParse("  12  ");
        TryParse("0");
        TryParse("2147483647");
        TryParse("2147483648");
        TryParse("abc");
        TryParse("");
        TryParse("12x");
        TryParse("1.5");
        Console.WriteLine(long.Parse("9000000000") + 1);
        Console.WriteLine(byte.Parse("255"));
        Console.WriteLine(short.Parse("-300"));
        Console.WriteLine(uint.Parse("4000000000"));
        Console.WriteLine(ulong.Parse("18446744073709551615"));
        Console.WriteLine(bool.Parse("True"));
        Console.WriteLine(bool.Parse("false"));
        Console.WriteLine(double.Parse("2.5") * 2);
        Console.WriteLine(char.Parse("x"));
        int total = 0;
        foreach (string part in "10,20,30,-5".Split(',')) total += int.Parse(part);
        Console.WriteLine(total);
        try
        {
            Console.WriteLine(byte.Parse("256"));
        }
        catch (OverflowException)
        {
            Console.WriteLine("byte overflow");
        }
        try
        {
            int.Parse(null);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine(e.GetType().Name);
        }
    }
}
