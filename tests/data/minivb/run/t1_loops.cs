using System;

class Program
{
    static void Main()
    {
        for (int i = 10; i >= 1; i -= 3) Console.Write(i + " ");
        Console.WriteLine();
        for (double x = 0; x <= 1; x += 0.25) Console.Write(x.ToString("R") + " ");
        Console.WriteLine();
        int n = 0;
        while (n < 5)
        {
            n += 1;
            if (n == 2) continue;
            Console.Write(n);
        }
        Console.WriteLine();
        do { n -= 1; } while (!(n <= 0));
        Console.WriteLine(n);
        int k = 0;
        while (true) { k += 1; if (k > 3) break; }
        Console.WriteLine(k);
        for (int i = 1; i <= 10; i++)
        {
            if (i % 2 == 0) continue;
            if (i > 7) break;
            Console.Write(i);
        }
        Console.WriteLine();
        int total = 0;
        for (int i = 1; i <= 3; i++) for (int j = 1; j <= 3; j++) total += i * j;
        Console.WriteLine(total);
        for (int i = 0; i <= 8; i += 2) Console.Write(i);
        Console.WriteLine();
    }
}
