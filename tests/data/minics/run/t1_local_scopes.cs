// test: mono-run
using System;

class Program
{
    static int counter = 100;

    static void Main()
    {
        int x = 1;
        {
            int y = x + 1;
            Console.WriteLine(y);
        }
        {
            int y = x + 2;
            Console.WriteLine(y);
        }
        for (int i = 0; i < 2; i++)
        {
            int inner = i * 10;
            Console.WriteLine(inner);
        }
        for (int i = 5; i < 7; i++) Console.WriteLine(i);
        int counter = 5;
        Console.WriteLine(counter);
        Console.WriteLine(Program.counter);
        int a, b, c;
        a = b = c = 7;
        Console.WriteLine(a + b + c);
        int uninitLater;
        if (a > 0) uninitLater = 1; else uninitLater = 2;
        Console.WriteLine(uninitLater);
        string s;
        switch (a)
        {
            case 7: s = "seven"; break;
            default: s = "other"; break;
        }
        Console.WriteLine(s);
    }
}
