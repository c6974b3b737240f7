// Environment.Exit flushes output and ends the process with its code.
using System;

class Program
{
    static void Deep(int n)
    {
        if (n == 0)
        {
            Console.WriteLine("exiting");
            Environment.Exit(7);
        }
        Deep(n - 1);
    }

    static void Main()
    {
        Deep(5);
        Console.WriteLine("not reached");
    }
}
