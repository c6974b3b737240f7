// test: mono-run
using System;

class Program
{
    static int Sum(int[] a)
    {
        int s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i];
        return s;
    }

    static void Fill(int[] a, int v)
    {
        for (int i = 0; i < a.Length; i++) a[i] = v;
    }

    static void Main()
    {
        int[] zeros = new int[5];
        Console.WriteLine(zeros.Length + " " + zeros[0] + " " + zeros[4]);
        int[] primes = { 2, 3, 5, 7, 11 };
        Console.WriteLine(Sum(primes));
        int[] copy = primes;
        copy[0] = 100;
        Console.WriteLine(primes[0]);
        Fill(zeros, 9);
        Console.WriteLine(Sum(zeros));
        string[] names = new string[3];
        Console.WriteLine(names[1] == null);
        names[1] = "middle";
        Console.WriteLine(names[1].Length);
        double[] ds = new double[] { 1.5, 2.5 };
        Console.WriteLine(ds[0] + ds[1]);
        bool[] flags = new bool[2];
        Console.WriteLine(flags[0]);
        char[] letters = { 'h', 'i' };
        Console.WriteLine(letters);
        long[] longs = new long[3] { 1L, 2L, 3L };
        longs[2] += long.MaxValue - 3;
        Console.WriteLine(longs[2]);
        int[] squares = new int[10];
        for (int i = 0; i < squares.Length; i++) squares[i] = i * i;
        int max = squares[0];
        foreach (int s in squares) if (s > max) max = s;
        Console.WriteLine(max);
        int[] empty = new int[0];
        Console.WriteLine(empty.Length + " " + Sum(empty));
        object[] mixed = { 1, "two", 3.0, null };
        Console.WriteLine(mixed.Length + " " + mixed[1]);
        int[] reversed = new int[primes.Length];
        for (int i = 0; i < primes.Length; i++) reversed[primes.Length - 1 - i] = primes[i];
        foreach (int p in reversed) Console.Write(p + " ");
        Console.WriteLine();
    }
}
