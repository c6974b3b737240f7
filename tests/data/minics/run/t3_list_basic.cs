// test: mono-run
using System;
using System.Collections.Generic;

class Program
{
    static void Print(List<int> l)
    {
        string s = "[";
        for (int i = 0; i < l.Count; i++) s += (i > 0 ? ", " : "") + l[i];
        Console.WriteLine(s + "] count=" + l.Count);
    }

    static void Main()
    {
        List<int> l = new List<int>();
        Print(l);
        for (int i = 1; i <= 5; i++) l.Add(i * 10);
        Print(l);
        l.Insert(0, 5);
        l.Insert(3, 25);
        Print(l);
        Console.WriteLine(l.Remove(25) + " " + l.Remove(99));
        l.RemoveAt(0);
        Print(l);
        Console.WriteLine(l.Contains(30) + " " + l.Contains(31));
        Console.WriteLine(l.IndexOf(40) + " " + l.IndexOf(41));
        l[1] = 200;
        l[2] += 1;
        Print(l);
        int[] arr = l.ToArray();
        arr[0] = -1;
        Console.WriteLine(arr.Length + " " + arr[0] + " " + l[0]);
        List<int> copy = new List<int>(l);
        copy.Add(7);
        Console.WriteLine(l.Count + " " + copy.Count);
        l.AddRange(new int[] { 1, 2 });
        Print(l);
        l.Reverse();
        Print(l);
        l.Clear();
        Print(l);
        List<string> names = new List<string> { "x", null, "z" };
        Console.WriteLine(names.IndexOf(null) + " " + names.Count);
    }
}
