// test: mono-run
using System;

class Program
{
    static int Eval(int a, int b, int c)
    {
        return a + b * c - (a - b) / c;
    }

    static void Main()
    {
        int a = 17, b = 5;
        Console.WriteLine(a + b);
        Console.WriteLine(a - b);
        Console.WriteLine(a * b);
        Console.WriteLine(a / b);
        Console.WriteLine(a % b);
        Console.WriteLine(-a);
        Console.WriteLine(+a);
        Console.WriteLine(a - b - 3);
        Console.WriteLine(a - (b - 3));
        Console.WriteLine(a * b % 7);
        Console.WriteLine(2 + 3 * 4);
        Console.WriteLine((2 + 3) * 4);
        Console.WriteLine(100 / 7 / 2);
        Console.WriteLine(Eval(10, 4, 3));
        int sum = 0;
        for (int k = 1; k <= 100; k++)
        {
            sum += k;
        }
        Console.WriteLine(sum);
        int product = 1;
        for (int k = 1; k <= 10; k++)
        {
            product *= k;
        }
        Console.WriteLine(product);
    }
}
