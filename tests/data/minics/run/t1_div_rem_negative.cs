// test: mono-run
using System;

class Program
{
    static void Show(int a, int b)
    {
        Console.WriteLine(a + " / " + b + " = " + (a / b) + ", " + a + " % " + b + " = " + (a % b));
    }

    static void ShowLong(long a, long b)
    {
        Console.WriteLine(a + "L / " + b + "L = " + (a / b) + ", rem " + (a % b));
    }

    static void Main()
    {
        Show(7, 2);
        Show(-7, 2);
        Show(7, -2);
        Show(-7, -2);
        Show(0, 5);
        Show(-1, 3);
        Show(int.MinValue, 2);
        Show(int.MaxValue, -1);
        ShowLong(-9000000000L, 7);
        ShowLong(9000000000L, -7);
        ShowLong(-15, -4);
        uint u = 4000000000u;
        Console.WriteLine(u / 3u);
        Console.WriteLine(u % 7u);
        // a remainder keeps the sign of the dividend
        int negMod = -13 % 5;
        int fixedMod = ((-13 % 5) + 5) % 5;
        Console.WriteLine(negMod + " " + fixedMod);
    }
}
