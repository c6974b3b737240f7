// test: mono-run
using System;

class Program
{
    static void Try(int[] a, int i)
    {
        try
        {
            Console.WriteLine("a[" + i + "] = " + a[i]);
        }
        catch (IndexOutOfRangeException e)
        {
            Console.WriteLine("a[" + i + "]: " + e.GetType().Name);
        }
    }

    static void Main()
    {
        int[] a = { 10, 20, 30 };
        Try(a, 0);
        Try(a, 2);
        Try(a, 3);
        Try(a, -1);
        Try(new int[0], 0);
        int[,] m = new int[2, 3];
        try
        {
            m[1, 3] = 5;
            Console.WriteLine("not reached");
        }
        catch (IndexOutOfRangeException e)
        {
            Console.WriteLine("m[1,3]: " + e.GetType().Name);
        }
        int[][] j = new int[2][];
        j[0] = new int[1];
        try
        {
            j[0][1] = 1;
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine("jagged inner out of range");
        }
        try
        {
            j[1][0] = 1;
        }
        catch (NullReferenceException)
        {
            Console.WriteLine("jagged row is null");
        }
        int written = 0;
        try
        {
            for (int i = 0; ; i++) { a[i] = i; written++; }
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine("wrote " + written + " before the end");
        }
    }
}
