// Vectors of every element type, jagged and rectangular arrays, initializers, bounds.
using System;

class Program
{
    static int Sum(int[] xs) { int s = 0; foreach (int x in xs) s += x; return s; }

    static void Main()
    {
        int[] a = new int[10];
        for (int i = 0; i < a.Length; i++) a[i] = i * i;
        Console.WriteLine(Sum(a));
        int[] init = { 5, 3, 9, 1, 7, 2, 8, 6, 4, 0, 11, 13 };
        for (int i = 1; i < init.Length; i++)
            for (int j = i; j > 0 && init[j - 1] > init[j]; j--) { int t = init[j]; init[j] = init[j - 1]; init[j - 1] = t; }
        foreach (int x in init) Console.Write(x + " ");
        Console.WriteLine();
        long[] ls = new long[] { long.MaxValue, -1, 3 };
        Console.WriteLine(ls[0] + ls[1] + ls[2]);
        double[] ds = { 0.5, 1.5, 2.25 };
        double total = 0;
        foreach (double d in ds) total += d;
        Console.WriteLine(total);
        byte[] bs = new byte[4];
        bs[0] = 255; bs[1] = (byte)(bs[0] + 1);
        Console.WriteLine(bs[0] + " " + bs[1] + " " + bs.Length);
        char[] chars = { 'h', 'i' };
        Console.WriteLine(new string(chars));
        bool[] flags = new bool[3];
        flags[1] = true;
        Console.WriteLine(flags[0] + " " + flags[1]);
        string[] names = { "x", "yy", "zzz" };
        string joined = "";
        for (int i = names.Length - 1; i >= 0; i--) joined += names[i];
        Console.WriteLine(joined);
        object[] objs = { 1, "two", 3.0, null };
        foreach (object o in objs) Console.Write((o == null ? "null" : o.ToString()) + ";");
        Console.WriteLine();
        int[][] jag = new int[4][];
        for (int i = 0; i < jag.Length; i++)
        {
            jag[i] = new int[i + 1];
            for (int j = 0; j <= i; j++) jag[i][j] = i + j;
        }
        Console.WriteLine(jag[3][2] + " " + jag[2].Length);
        int[,] grid = new int[3, 5];
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 5; j++)
                grid[i, j] = i * 10 + j;
        Console.WriteLine(grid[2, 4] + " " + grid.Length + " " + grid.GetLength(1) + " " + grid.Rank);
        double[,,] cube = new double[2, 2, 2];
        cube[1, 1, 1] = 2.5;
        Console.WriteLine(cube[1, 1, 1] + cube[0, 0, 0]);
        int[] copy = new int[5];
        Array.Copy(init, 2, copy, 0, 5);
        Console.WriteLine(copy[0] + " " + copy[4]);
        int[] cloned = (int[])a.Clone();
        cloned[0] = 42;
        Console.WriteLine(a[0] + " " + cloned[0]);
        Console.WriteLine(a[10]);
    }
}
