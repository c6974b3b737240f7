// test: mono-run
using System;

class Program
{
    static void Check(int step)
    {
        Console.WriteLine("step " + step);
        if (step == 3)
        {
            Console.WriteLine("fatal condition, exiting with 2");
            Environment.Exit(2);
        }
    }

    static void Main()
    {
        for (int i = 1; i <= 5; i++)
        {
            Check(i);
        }
        Console.WriteLine("never printed");
    }
}
