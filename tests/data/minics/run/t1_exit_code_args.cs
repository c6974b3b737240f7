// test: mono-run
using System;

class Program
{
    static int Main(string[] args)
    {
        Console.WriteLine("argument count: " + args.Length);
        if (args.Length == 0)
        {
            Console.WriteLine("usage: program FILE");
            return 64;
        }
        Console.WriteLine(args[0]);
        return 0;
    }
}
