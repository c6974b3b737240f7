// test: mono-run
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        Dictionary<string, int> ages = new Dictionary<string, int>();
        ages.Add("ann", 31);
        ages["bob"] = 25;
        ages["cid"] = 40;
        Console.WriteLine(ages.Count);
        Console.WriteLine(ages["bob"]);
        ages["bob"] = 26;
        ages["ann"]++;
        Console.WriteLine(ages["bob"] + " " + ages["ann"]);
        Console.WriteLine(ages.ContainsKey("cid") + " " + ages.ContainsKey("dan"));
        Console.WriteLine(ages.ContainsValue(40) + " " + ages.ContainsValue(41));
        int age;
        if (ages.TryGetValue("cid", out age)) Console.WriteLine("cid is " + age);
        if (!ages.TryGetValue("dan", out age)) Console.WriteLine("no dan, out gives " + age);
        Console.WriteLine(ages.Remove("cid") + " " + ages.Remove("cid"));
        Console.WriteLine(ages.Count);
        Dictionary<int, string> names = new Dictionary<int, string>();
        for (int i = 0; i < 100; i++) names[i * i] = "sq" + i;
        Console.WriteLine(names.Count + " " + names[81] + " " + names[9801]);
        Console.WriteLine(names.ContainsKey(50));
        Dictionary<char, List<string>> byLetter = new Dictionary<char, List<string>>();
        foreach (string w in "apple avocado banana blueberry cherry".Split(' '))
        {
            List<string> bucket;
            if (!byLetter.TryGetValue(w[0], out bucket))
            {
                bucket = new List<string>();
                byLetter[w[0]] = bucket;
            }
            bucket.Add(w);
        }
        Console.WriteLine(byLetter['a'].Count + " " + byLetter['b'][1] + " " + byLetter['c'][0]);
        ages.Clear();
        Console.WriteLine(ages.Count);
    }
}
