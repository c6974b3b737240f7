// test: mono-run
using System;

class Program
{
    static int Inc(int x) { return x + 1; }

    static void Main()
    {
        int max = int.MaxValue;
        int wrapped = max + 1;
        Console.WriteLine(wrapped);
        Console.WriteLine(wrapped == int.MinValue);
        int min = int.MinValue;
        Console.WriteLine(min - 1);
        Console.WriteLine(-min);
        Console.WriteLine(Inc(int.MaxValue));
        int big = 100000;
        Console.WriteLine(big * big);
        long lmax = long.MaxValue;
        Console.WriteLine(lmax + 1);
        uint zero = 0;
        Console.WriteLine(zero - 1);
        ulong uzero = 0;
        Console.WriteLine(uzero - 1);
        int h = 0;
        string s = "hash me";
        for (int i = 0; i < s.Length; i++)
        {
            h = h * 31 + s[i];
        }
        Console.WriteLine(h);
        int counter = int.MaxValue - 2;
        for (int i = 0; i < 5; i++)
        {
            counter++;
            Console.Write(counter + " ");
        }
        Console.WriteLine();
    }
}
