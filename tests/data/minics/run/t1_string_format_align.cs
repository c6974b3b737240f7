// test: mono-run
using System;

class Program
{
    static void Row(string name, int qty, int price)
    {
        Console.WriteLine(string.Format("|{0,-10}|{1,5}|{2,8}|", name, qty, price));
    }

    static void Main()
    {
        Console.WriteLine(string.Format("[{0,6}]", 42));
        Console.WriteLine(string.Format("[{0,-6}]", 42));
        Console.WriteLine(string.Format("[{0,3}]", "toolong"));
        Console.WriteLine(string.Format("[{0,5}]", 'c'));
        Console.WriteLine(string.Format("[{0,-5}]", true));
        Console.WriteLine(string.Format("[{0,8}]", -123));
        Row("apple", 3, 120);
        Row("watermelon", 12, 4500);
        Row("kiwi", 100, 7);
        Console.WriteLine(string.Format("[{0,10:F2}]", 3.14159));
        Console.WriteLine(string.Format("[{0,-10:F1}]", 2.25));
        Console.WriteLine(string.Format("[{0,6:X}]", 255));
        Console.WriteLine(string.Format("[{0,-8:D4}]", 42));
        Console.WriteLine("[{0,4}][{1,-4}]", 1, 2);
        for (int i = 1; i <= 3; i++)
        {
            Console.WriteLine("{0,2} squared is {1,3}", i * 4, i * 4 * i * 4);
        }
    }
}
