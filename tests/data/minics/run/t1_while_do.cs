// test: mono-run
using System;

class Program
{
    static int CollatzSteps(long n)
    {
        int steps = 0;
        while (n != 1)
        {
            n = n % 2 == 0 ? n / 2 : 3 * n + 1;
            steps++;
        }
        return steps;
    }

    static void Main()
    {
        Console.WriteLine(CollatzSteps(27));
        Console.WriteLine(CollatzSteps(1));
        int i = 0;
        while (i < 5)
        {
            Console.Write(i + " ");
            i++;
        }
        Console.WriteLine();
        int j = 10;
        do
        {
            Console.Write(j + " ");
            j += 10;
        } while (j < 50);
        Console.WriteLine();
        int k = 100;
        do
        {
            Console.WriteLine("do runs once even when false: " + k);
        } while (k < 0);
        int n = 0;
        while (true)
        {
            n++;
            if (n * n > 200) break;
        }
        Console.WriteLine(n);
        int digits = 0;
        int value = 9876543;
        do { digits++; value /= 10; } while (value != 0);
        Console.WriteLine(digits);
        int a = 1071, b = 462;
        while (b != 0) { int t = b; b = a % b; a = t; }
        Console.WriteLine(a);
    }
}
