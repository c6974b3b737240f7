using System;
using System.Collections.Generic;

static class WordFrequency
{
    const string Text = "It was the best of times, it was the worst of times, it was the age of wisdom, " +
        "it was the age of foolishness, it was the epoch of belief";

    static void Main()
    {
        var counts = new Dictionary<string, int>();
        char[] separators = { ' ', ',' };
        foreach (var raw in Text.Split(separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.ToLowerInvariant();
            int n;
            if (counts.TryGetValue(w, out n)) counts[w] = n + 1; else counts.Add(w, 1);
        }
        var keys = new List<string>(counts.Keys);
        keys.Sort((a, b) =>
        {
            var byCount = counts[b].CompareTo(counts[a]);
            if (byCount != 0) return byCount;
            return string.CompareOrdinal(a, b);
        });
        for (int i = 0; i <= Math.Min(5, keys.Count) - 1; i++) Console.WriteLine(keys[i].PadRight(8) + counts[keys[i]]);
        Console.WriteLine("distinct: " + counts.Count);
        var longest = "";
        foreach (var k in keys) if (k.Length > longest.Length) longest = k;
        Console.WriteLine("longest: " + longest);
    }
}
