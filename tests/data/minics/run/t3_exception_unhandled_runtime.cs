// test: mono-run
using System;

class Program
{
    static int[] table = { 1, 2, 3 };

    static int Sum(int upTo)
    {
        int s = 0;
        for (int i = 0; i <= upTo; i++) s += table[i];
        return s;
    }

    static void Main()
    {
        Console.WriteLine(Sum(2));
        Console.WriteLine("off by one next");
        Console.WriteLine(Sum(3));
        Console.WriteLine("never printed");
    }
}
