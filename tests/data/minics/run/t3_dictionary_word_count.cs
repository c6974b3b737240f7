// test: mono-run
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        string text = "the cat and the hat and the bat sat on the mat";
        Dictionary<string, int> counts = new Dictionary<string, int>();
        List<string> order = new List<string>();
        foreach (string w in text.Split(' '))
        {
            int c;
            if (counts.TryGetValue(w, out c))
            {
                counts[w] = c + 1;
            }
            else
            {
                counts[w] = 1;
                order.Add(w);
            }
        }
        foreach (string w in order) Console.WriteLine(string.Format("{0,-4}{1,2}", w, counts[w]));
        string best = null;
        foreach (string w in order) if (best == null || counts[w] > counts[best]) best = w;
        Console.WriteLine("most frequent: " + best);
        Dictionary<int, List<string>> byCount = new Dictionary<int, List<string>>();
        foreach (string w in order)
        {
            if (!byCount.ContainsKey(counts[w])) byCount[counts[w]] = new List<string>();
            byCount[counts[w]].Add(w);
        }
        for (int n = 4; n >= 1; n--)
        {
            if (byCount.ContainsKey(n)) Console.WriteLine(n + ": " + string.Join(",", byCount[n].ToArray()));
        }
    }
}
