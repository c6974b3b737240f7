// test: mono-run
using System;

class Program
{
    static void Main()
    {
        int[] nums = { 3, 1, 4, 1, 5, 9, 2, 6 };
        int sum = 0, max = int.MinValue;
        foreach (int n in nums)
        {
            sum += n;
            if (n > max) max = n;
        }
        Console.WriteLine(sum + " " + max);
        foreach (string s in new string[] { "x", "y" }) Console.Write(s);
        Console.WriteLine();
        foreach (char c in "hello") Console.Write((char)(c - 32));
        Console.WriteLine();
        int[][] jag = { new int[] { 1, 2 }, new int[] { 3 }, new int[0] };
        foreach (int[] row in jag)
        {
            Console.Write("row of " + row.Length + ":");
            foreach (int v in row) Console.Write(" " + v);
            Console.WriteLine();
        }
        int[,] rect = { { 1, 2, 3 }, { 4, 5, 6 } };
        foreach (int v in rect) Console.Write(v);
        Console.WriteLine();
        double[] ds = { 0.5, 0.25 };
        double total = 0;
        foreach (double d in ds) total += d;
        Console.WriteLine(total);
        foreach (long l in new int[] { 1, 2 }) Console.Write(l * 10000000000L + " ");
        Console.WriteLine();
        object[] objs = { 1, "two", 3.0 };
        foreach (object o in objs) Console.Write(o.GetType().Name + " ");
        Console.WriteLine();
        foreach (var v in new byte[] { 255, 1 }) Console.Write(v + 1 + " ");
        Console.WriteLine();
        int count = 0;
        foreach (int n in new int[0]) count++;
        Console.WriteLine(count);
    }
}
