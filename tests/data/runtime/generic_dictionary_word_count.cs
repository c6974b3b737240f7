// test: mono-run
using System;
using System.Collections.Generic;
using System.Text;
class Program {
    static void Main() {
        string text = "the quick brown fox jumps over the lazy dog the end";
        var counts = new Dictionary<string, int>();
        foreach (string w in text.Split(' ')) {
            int n;
            counts.TryGetValue(w, out n);
            counts[w] = n + 1;
        }
        var keys = new List<string>(counts.Keys);
        keys.Sort(string.CompareOrdinal);
        var sb = new StringBuilder();
        foreach (var k in keys) sb.Append(k).Append('=').Append(counts[k]).Append(' ');
        Console.WriteLine(sb.ToString().Trim());
        Console.WriteLine(counts.ContainsKey("fox") + " " + counts.Count);
    }
}
