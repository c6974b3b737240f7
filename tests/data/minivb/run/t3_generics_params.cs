using System;
using System.Collections.Generic;
using System.Text;

public class Stack<T>
{
    private readonly List<T> items = new List<T>();
    public void Push(T item) { items.Add(item); }
    public T Pop() { T last = items[items.Count - 1]; items.RemoveAt(items.Count - 1); return last; }
    public int Count { get { return items.Count; } }
}

static class Program
{
    static T Max<T>(T a, T b) where T : IComparable<T> { if (a.CompareTo(b) >= 0) return a; return b; }
    static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }
    static int Sum(params int[] values) { int total = 0; foreach (var v in values) total += v; return total; }
    static string Greet(string name, string greeting = "Hello", int times = 1)
    {
        var sb = new StringBuilder();
        for (int i = 1; i <= times; i++) sb.Append(greeting).Append(", ").Append(name).Append("! ");
        return sb.ToString().Trim();
    }

    static void Main()
    {
        var s = new Stack<string>();
        s.Push("x");
        s.Push("y");
        Console.WriteLine(s.Count);
        Console.WriteLine(s.Pop());
        Console.WriteLine(Max(3, 9));
        Console.WriteLine(Max("pear", "apple"));
        int a = 1, b = 2;
        Swap(ref a, ref b);
        Console.WriteLine(a + " " + b);
        Console.WriteLine(Sum());
        Console.WriteLine(Sum(1, 2, 3, 4));
        Console.WriteLine(Greet("Bob"));
        Console.WriteLine(Greet("Bob", "Hi", 2));
        Console.WriteLine(Greet("Eve", times: 2));
        var ages = new Dictionary<string, int>();
        ages["ann"] = 31;
        ages["bob"] = 42;
        ages.Add("cy", 7);
        foreach (var kv in ages) Console.WriteLine(kv.Key + "=" + kv.Value);
        Console.WriteLine(ages.ContainsKey("bob"));
        var nums = new List<int> { 5, 3, 8, 1 };
        nums.Sort();
        Console.WriteLine(string.Join(" ", nums));
        var evens = nums.FindAll(n => n % 2 == 0);
        Console.WriteLine(evens.Count);
        int[,] grid = new int[3, 4];
        for (int i = 0; i <= 2; i++) for (int j = 0; j <= 3; j++) grid[i, j] = i * j;
        Console.WriteLine(grid[2, 3]);
        int[][] jag = { new int[] { 1 }, new int[] { 2, 3 } };
        Console.WriteLine(jag[1][1]);
    }
}
