// test: mono-run
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(string.Format("{0} + {1} = {2}", 2, 3, 2 + 3));
        Console.WriteLine(string.Format("{1} before {0}", "zero", "one"));
        Console.WriteLine(string.Format("{0}{0}{0}", "ab"));
        Console.WriteLine(string.Format("{{literal}} {0}", 7));
        Console.WriteLine(string.Format("no holes"));
        Console.WriteLine(string.Format("{0} {1} {2} {3} {4}", 1, "two", '3', 4.5, true));
        Console.WriteLine(string.Format("null: [{0}]", (object)null));
        object[] args = { "x", 10, 'c' };
        Console.WriteLine(string.Format("{0}-{1}-{2}", args));
        Console.WriteLine("{0} items cost {1}", 3, 12);
        Console.WriteLine("single {0}", "arg");
        Console.Write("{0}|{1}|", "a", "b");
        Console.WriteLine();
        string template = "Dear {0}, you owe {1} coins.";
        Console.WriteLine(string.Format(template, "Ann", 30));
        Console.WriteLine(string.Format(template, "Bob", -4));
        try
        {
            Console.WriteLine(string.Format("{1}", "only one"));
        }
        catch (FormatException e)
        {
            Console.WriteLine(e.GetType().Name);
        }
    }
}
