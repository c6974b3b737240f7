// test: mono-run
using System;

class Program
{
    static int Factorial(int n)
    {
        checked
        {
            int r = 1;
            for (int i = 2; i <= n; i++) r *= i;
            return r;
        }
    }

    static void Main()
    {
        for (int n = 10; n <= 14; n++)
        {
            try
            {
                Console.WriteLine(n + "! = " + Factorial(n));
            }
            catch (OverflowException)
            {
                Console.WriteLine(n + "! overflows int");
            }
        }
        checked
        {
            byte b = 250;
            try
            {
                b += 10;
                Console.WriteLine(b);
            }
            catch (OverflowException)
            {
                Console.WriteLine("byte += overflows in a checked block");
            }
            int x = int.MaxValue;
            try
            {
                x++;
            }
            catch (OverflowException)
            {
                Console.WriteLine("++ overflows in a checked block");
            }
            int y = unchecked(x + 1);
            Console.WriteLine("unchecked inside checked: " + y);
        }
    }
}
