using System;
using Numerics;

static class App
{
    static void Main()
    {
        var half = new Fraction(1, 2);
        var third = new Fraction(2, 6);
        Console.WriteLine(half + third);
        Console.WriteLine(half * third);
        Console.WriteLine(-half);
        Console.WriteLine(half + 1);
        Fraction two = 2;
        Console.WriteLine(two * half == 1);
        Console.WriteLine(half != third);
        Console.WriteLine(((double)third).ToString("F4"));
        Fraction sum = 0;
        for (int i = 1; i <= 4; i++) sum = sum + new Fraction(1, i * (i + 1));
        Console.WriteLine(sum);
    }
}
