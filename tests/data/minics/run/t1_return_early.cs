// test: mono-run
using System;

class Program
{
    static int FindFirst(int[] values, int target)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] == target) return i;
        }
        return -1;
    }

    static void PrintPositive(int x)
    {
        if (x <= 0)
        {
            Console.WriteLine("skipped " + x);
            return;
        }
        Console.WriteLine("positive " + x);
    }

    static bool IsSorted(int[] a)
    {
        for (int i = 1; i < a.Length; i++)
            if (a[i - 1] > a[i]) return false;
        return true;
    }

    static string Describe(int n)
    {
        if (n < 0) return "negative";
        if (n == 0) return "zero";
        if (n < 10) return "small";
        return "large";
    }

    static void Main()
    {
        int[] data = { 4, 8, 15, 16, 23, 42 };
        Console.WriteLine(FindFirst(data, 15));
        Console.WriteLine(FindFirst(data, 99));
        PrintPositive(5);
        PrintPositive(-2);
        Console.WriteLine(IsSorted(data));
        Console.WriteLine(IsSorted(new int[] { 3, 1, 2 }));
        Console.WriteLine(IsSorted(new int[0]));
        foreach (int n in new int[] { -5, 0, 7, 70 }) Console.WriteLine(Describe(n));
    }
}
