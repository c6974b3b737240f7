using System;

class Program
{
    static void Main()
    {
        int a = 17;
        int b = 5;
        Console.WriteLine(a + b);
        Console.WriteLine(a - b);
        Console.WriteLine(a * b);
        Console.WriteLine(a / b);
        Console.WriteLine(a % b);
        Console.WriteLine(-a / b);
        Console.WriteLine(-a % b);
        Console.WriteLine((double)a / b);
        Console.WriteLine(Math.Pow(2, 8));
        long l = 1;
        for (int i = 1; i <= 20; i++) l = l * i;
        Console.WriteLine(l);
        byte by = 200;
        short sh = by;
        Console.WriteLine(sh + 100);
        Console.WriteLine(a << 3);
        Console.WriteLine(a >> 2);
        Console.WriteLine(a & 3);
        Console.WriteLine(a | 8);
        Console.WriteLine(a ^ 1);
        Console.WriteLine(~0);
    }
}
