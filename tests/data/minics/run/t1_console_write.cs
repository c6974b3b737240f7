// test: mono-run
using System;

class Program
{
    static void Main()
    {
        Console.Write("no newline");
        Console.Write(' ');
        Console.Write(42);
        Console.Write(' ');
        Console.Write(-7L);
        Console.Write(' ');
        Console.Write(3u);
        Console.Write(' ');
        Console.Write(true);
        Console.Write(' ');
        Console.Write(2.5);
        Console.Write(' ');
        Console.Write(0.75f);
        Console.WriteLine();
        Console.WriteLine(new char[] { 'c', 'h', 'a', 'r', 's' });
        Console.WriteLine(12345678901234UL);
        Console.WriteLine((object)"as object");
        Console.WriteLine((object)null);
        Console.WriteLine((string)null);
        Console.WriteLine("[{0}]", "one arg");
        Console.WriteLine("[{0}|{1}]", "two", "args");
        Console.WriteLine("[{0}|{1}|{2}]", 1, 2, 3);
        Console.WriteLine("[{0}|{1}|{2}|{3}]", 1, 2, 3, 4);
        Console.Write("{0}-{1}", 'a', 'b');
        Console.WriteLine();
        Console.WriteLine("");
        Console.WriteLine(false);
        Console.WriteLine('Q');
        Console.Write("multi\nline\n");
        Console.WriteLine("last line");
    }
}
