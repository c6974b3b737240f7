// test: mono-run
using System;
using System.Collections.Generic;

class Blob
{
    public int[] Data;
    public Blob(int n) { Data = new int[n]; Data[n - 1] = n; }
}

class Program
{
    static long Churn(int rounds)
    {
        long total = 0;
        for (int i = 1; i <= rounds; i++)
        {
            Blob b = new Blob(i % 1000 + 1);
            total += b.Data[b.Data.Length - 1];
        }
        return total;
    }

    static void Main()
    {
        List<Blob> kept = new List<Blob>();
        for (int i = 1; i <= 100; i++) kept.Add(new Blob(i));
        Console.WriteLine(Churn(20000));
        GC.Collect();
        long check = 0;
        foreach (Blob b in kept) check += b.Data[b.Data.Length - 1];
        Console.WriteLine(check);
        string s = "";
        for (int i = 0; i < 200; i++) s += (char)('a' + i % 26);
        GC.Collect();
        Console.WriteLine(s.Length + " " + s.Substring(190));
        MakeGarbage();
        Console.WriteLine("survived collections");
    }

    static void MakeGarbage()
    {
        for (int i = 0; i < 3; i++)
        {
            object[] garbage = new object[1000];
            for (int j = 0; j < garbage.Length; j++) garbage[j] = new Blob(10);
            GC.Collect();
        }
    }
}
