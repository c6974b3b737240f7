// test: mono-run
using System;

class Program
{
    static double Mean(int[] values)
    {
        int sum = 0;
        foreach (int v in values) sum += v;
        return (double)sum / values.Length;
    }

    static void Main()
    {
        Console.WriteLine(1 / 2);
        Console.WriteLine(1 / 2.0);
        Console.WriteLine(1 / 2 * 2.0);
        Console.WriteLine(1.0 * 1 / 2);
        int a = 7, b = 2;
        Console.WriteLine(a / b);
        Console.WriteLine((double)a / b);
        Console.WriteLine((double)(a / b));
        Console.WriteLine(Mean(new int[] { 1, 2, 3, 4 }));
        Console.WriteLine(Mean(new int[] { 1, 2, 2 }).ToString("F4"));
        long big = 1L << 40;
        double bd = big;
        Console.WriteLine(bd.ToString("F0"));
        float f = 1 / 3f;
        Console.WriteLine(f.ToString("F4"));
        double mixed = 2 + 0.5f;
        Console.WriteLine(mixed);
        char c = 'a';
        double cd = c / 2.0;
        Console.WriteLine(cd);
        float ff = 16777216f;
        ff += 1;
        Console.WriteLine((int)ff);
        double dd = 16777216.0;
        dd += 1;
        Console.WriteLine((int)dd);
        int celsius = 37;
        double fahrenheit = celsius * 9 / 5.0 + 32;
        Console.WriteLine(fahrenheit.ToString("F1"));
    }
}
