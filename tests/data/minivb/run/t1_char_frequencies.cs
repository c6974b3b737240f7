using System;
using System.Collections.Generic;

static class Frequencies
{
    static void Main()
    {
        var text = "She sells sea shells by the sea shore";
        var freq = new Dictionary<char, int>();
        foreach (var c in text.ToLower())
        {
            if (c == ' ') continue;
            if (freq.ContainsKey(c)) freq[c] += 1; else freq[c] = 1;
        }
        var keys = new List<char>(freq.Keys);
        keys.Sort();
        foreach (var k in keys) Console.Write(k + ":" + freq[k] + " ");
        Console.WriteLine();
        char maxChar = ' ';
        int maxCount = 0;
        foreach (var kv in freq) if (kv.Value > maxCount || (kv.Value == maxCount && kv.Key < maxChar)) { maxChar = kv.Key; maxCount = kv.Value; }
        Console.WriteLine("most common: " + maxChar + " x" + maxCount);
        var histogram = new List<string>();
        foreach (var k in keys) if (freq[k] >= 3) histogram.Add(k + " " + new string('*', freq[k]));
        Console.WriteLine(string.Join(Environment.NewLine, histogram));
    }
}
