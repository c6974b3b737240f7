// test: mono-run
using System;

class Program
{
    static void Main()
    {
        for (int i = 1; i <= 20; i++)
        {
            string s = "";
            if (i % 3 == 0) s += "Fizz";
            if (i % 5 == 0) s += "Buzz";
            Console.Write((s.Length > 0 ? s : i.ToString()) + (i < 20 ? "," : "\n"));
        }
        int rows = 5;
        for (int r = 1; r <= rows; r++)
        {
            Console.WriteLine(new string(' ', rows - r) + new string('*', 2 * r - 1));
        }
        int a = 0, b = 1;
        int n = 0;
        while (b < 1000)
        {
            int t = a + b;
            a = b;
            b = t;
            n++;
        }
        Console.WriteLine(n + " " + a + " " + b);
        int perfect = 0;
        for (int x = 2; x < 10000; x++)
        {
            int sum = 1;
            for (int d = 2; d * d <= x; d++)
            {
                if (x % d == 0)
                {
                    sum += d;
                    if (d * d != x) sum += x / d;
                }
            }
            if (sum == x) { Console.Write(x + " "); perfect++; }
        }
        Console.WriteLine("(" + perfect + " perfect numbers)");
    }
}
