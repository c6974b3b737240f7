// Main's int result is the exit code; Environment.Exit ends the process at once.
using System;

class Program
{
    static int Main(string[] args)
    {
        Console.WriteLine("args " + args.Length);
        if (args.Length > 100) Environment.Exit(9);
        Console.Write("no newline at the end");
        return 42;
    }
}
