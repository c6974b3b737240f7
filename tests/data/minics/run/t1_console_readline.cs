// test: mono-run
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine("reading from an empty stdin");
        string line = Console.ReadLine();
        if (line == null)
        {
            Console.WriteLine("end of input");
        }
        else
        {
            Console.WriteLine("got: " + line);
        }
        int count = 0;
        while (Console.ReadLine() != null) count++;
        Console.WriteLine("lines: " + count);
    }
}
