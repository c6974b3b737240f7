// test: mono-run
using System;
using System.Collections.Generic;

class Program
{
    static IEnumerable<string> AsEnumerable(List<string> l) { return l; }

    static void Main()
    {
        List<string> fruit = new List<string> { "apple", "banana", "cherry" };
        foreach (string f in fruit) Console.WriteLine(f + " " + f.Length);
        int i = 0;
        foreach (string f in AsEnumerable(fruit)) i += f.Length;
        Console.WriteLine(i);
        try
        {
            foreach (string f in fruit)
            {
                if (f == "banana") fruit.Add("date");
            }
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("modifying while iterating: " + e.GetType().Name);
        }
        Console.WriteLine(fruit.Count);
        List<int> nums = new List<int>();
        for (int k = 0; k < 6; k++) nums.Add(k * k);
        foreach (int n in nums)
        {
            if (n % 2 == 1) continue;
            Console.Write(n + " ");
        }
        Console.WriteLine();
        Dictionary<string, List<int>> groups = new Dictionary<string, List<int>>();
        groups["even"] = new List<int>();
        groups["odd"] = new List<int>();
        foreach (int n in nums) groups[n % 2 == 0 ? "even" : "odd"].Add(n);
        foreach (KeyValuePair<string, List<int>> g in groups)
        {
            Console.Write(g.Key + ":");
            foreach (int n in g.Value) Console.Write(" " + n);
            Console.WriteLine();
        }
        List<int[]> pairs = new List<int[]> { new int[] { 1, 2 }, new int[] { 3, 4 } };
        foreach (int[] p in pairs) Console.Write(p[0] * p[1] + " ");
        Console.WriteLine();
    }
}
