// test: mono-run
// Strings and Dictionary: counts the words of a generated text and prints the most
// frequent ones. Argument: the number of words (default 20000).
using System;
using System.Collections.Generic;
using System.Text;

static class WordCount {
    static readonly string[] Syllables = { "ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi" };

    static string Text(int words) {
        var sb = new StringBuilder();
        uint seed = 12345;
        for (int w = 0; w < words; w++) {
            seed = seed * 1103515245 + 12345;
            int length = 1 + (int)(seed >> 16) % 3;
            for (int s = 0; s < length; s++) {
                seed = seed * 1103515245 + 12345;
                sb.Append(Syllables[(seed >> 16) % (uint)Syllables.Length]);
            }
            sb.Append(w % 17 == 16 ? ". " : " ");
        }
        return sb.ToString();
    }

    static void Main(string[] args) {
        int n = args.Length > 0 ? int.Parse(args[0]) : 20000;
        string text = Text(n);
        var counts = new Dictionary<string, int>();
        foreach (string raw in text.Split(' ')) {
            string word = raw.Trim('.').ToUpper();
            if (word.Length == 0) continue;
            int c;
            counts.TryGetValue(word, out c);
            counts[word] = c + 1;
        }
        var entries = new List<KeyValuePair<string, int>>(counts);
        entries.Sort((a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
        Console.WriteLine("distinct: " + counts.Count);
        for (int i = 0; i < 5 && i < entries.Count; i++) Console.WriteLine(entries[i].Key + " " + entries[i].Value);
    }
}
