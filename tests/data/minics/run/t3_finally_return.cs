// test: mono-run
using System;

class Program
{
    static int counter;

    static int ReturnFromTry()
    {
        try
        {
            counter = 1;
            return counter;
        }
        finally
        {
            counter = 100;
            Console.WriteLine("finally after return, counter set to 100");
        }
    }

    static string Loop()
    {
        string log = "";
        for (int i = 0; i < 5; i++)
        {
            try
            {
                if (i == 1) continue;
                if (i == 3) break;
                log += "body" + i + " ";
            }
            finally
            {
                log += "fin" + i + " ";
            }
        }
        return log;
    }

    static int Nested()
    {
        int x = 0;
        try
        {
            try
            {
                x += 1;
                return x;
            }
            finally
            {
                x += 10;
                Console.WriteLine("inner finally x=" + x);
            }
        }
        finally
        {
            x += 100;
            Console.WriteLine("outer finally x=" + x);
        }
    }

    static void Main()
    {
        Console.WriteLine(ReturnFromTry());
        Console.WriteLine(counter);
        Console.WriteLine(Loop());
        Console.WriteLine(Nested());
    }
}
