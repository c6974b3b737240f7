// test: mono-run
using System;

class Program
{
    static void Print(int[] a)
    {
        string s = "";
        foreach (int v in a) s += v + " ";
        Console.WriteLine(s.TrimEnd());
    }

    static void BubbleSort(int[] a)
    {
        for (int i = 0; i < a.Length - 1; i++)
            for (int j = 0; j < a.Length - 1 - i; j++)
                if (a[j] > a[j + 1]) { int t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; }
    }

    static int BinarySearch(int[] a, int key)
    {
        int lo = 0, hi = a.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (a[mid] == key) return mid;
            if (a[mid] < key) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    static void Main()
    {
        int[] data = { 42, -7, 19, 0, 3, 19, 100, -50 };
        Console.WriteLine(Array.IndexOf(data, 19));
        Console.WriteLine(Array.IndexOf(data, 5));
        int[] copy = new int[data.Length];
        for (int i = 0; i < data.Length; i++) copy[i] = data[i];
        Array.Sort(data);
        Print(data);
        BubbleSort(copy);
        Print(copy);
        Console.WriteLine(BinarySearch(data, 42));
        Console.WriteLine(BinarySearch(data, 41));
        Console.WriteLine(Array.IndexOf(data, -50));
        int[] big = new int[100];
        for (int i = 0; i < big.Length; i++) big[i] = (i * 37) % 101;
        Array.Sort(big);
        Console.WriteLine(big[0] + " " + big[50] + " " + big[99]);
        string[] words = { "b", "a", "c" };
        Console.WriteLine(Array.IndexOf(words, "c"));
    }
}
