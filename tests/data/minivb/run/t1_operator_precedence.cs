using System;

static class Precedence
{
    static void Main()
    {
        Console.WriteLine(21 / (3 * 7));
        Console.WriteLine((100 / 10) % 3);
        Console.WriteLine(17 % (5 * 2));
        Console.WriteLine(-Math.Pow(2, 2));
        Console.WriteLine(Math.Pow(Math.Pow(2, 3), 2));
        Console.WriteLine("sum " + (1 + 2));
        Console.WriteLine(!(1 == 2));
        Console.WriteLine(true | (false & false));
        Console.WriteLine((true | false) & false);
        Console.WriteLine(1 << (2 + 1));
        Console.WriteLine((1 + 2 * 3 - 4 / 2.0).ToString("R"));
        Console.WriteLine(10 - 2 - 3);
        Console.WriteLine((2 * 3) % 4);
    }
}
