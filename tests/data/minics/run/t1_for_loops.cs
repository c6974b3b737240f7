// test: mono-run
using System;

class Program
{
    static void Main()
    {
        for (int i = 0; i < 5; i++) Console.Write(i);
        Console.WriteLine();
        for (int i = 10; i > 0; i -= 3) Console.Write(i + " ");
        Console.WriteLine();
        for (int i = 0, j = 10; i < j; i++, j--) Console.Write(i + ":" + j + " ");
        Console.WriteLine();
        int k = 0;
        for (; k < 3;) k++;
        Console.WriteLine(k);
        int m = 0;
        for (;;)
        {
            if (++m == 4) break;
        }
        Console.WriteLine(m);
        for (int row = 1; row <= 4; row++)
        {
            string line = "";
            for (int col = 1; col <= row; col++) line += row * col + " ";
            Console.WriteLine(line.Trim());
        }
        long total = 0;
        for (long x = 1; x <= 1000000; x *= 10) total += x;
        Console.WriteLine(total);
        for (char c = 'z'; c >= 'v'; c--) Console.Write(c);
        Console.WriteLine();
        double sum = 0;
        for (double d = 0; d < 1; d += 0.25) sum += d;
        Console.WriteLine(sum);
        for (int i = 0; i < 0; i++) Console.WriteLine("never");
        Console.WriteLine("done");
    }
}
