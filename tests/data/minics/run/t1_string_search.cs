// test: mono-run
using System;

class Program
{
    static string Sign(int n) { return n < 0 ? "negative" : n > 0 ? "positive" : "zero"; }

    static void Main()
    {
        string file = "report_2024.csv";
        Console.WriteLine(file.StartsWith("report"));
        Console.WriteLine(file.StartsWith("Report"));
        Console.WriteLine(file.EndsWith(".csv"));
        Console.WriteLine(file.EndsWith(".txt"));
        Console.WriteLine(file.Contains("2024"));
        Console.WriteLine(file.Contains("2025"));
        Console.WriteLine(file.Contains(""));
        Console.WriteLine(Sign(string.CompareOrdinal("apple", "banana")));
        Console.WriteLine(Sign(string.CompareOrdinal("banana", "apple")));
        Console.WriteLine(Sign(string.CompareOrdinal("same", "same")));
        Console.WriteLine(Sign(string.CompareOrdinal("Zebra", "apple")));
        Console.WriteLine(Sign(string.CompareOrdinal("abc", "abcd")));
        Console.WriteLine(Sign(string.CompareOrdinal(null, "a")));
        string[] names = { "pear", "Apple", "fig", "banana", "Cherry" };
        for (int i = 1; i < names.Length; i++)
        {
            string key = names[i];
            int j = i - 1;
            while (j >= 0 && string.CompareOrdinal(names[j], key) > 0)
            {
                names[j + 1] = names[j];
                j--;
            }
            names[j + 1] = key;
        }
        Console.WriteLine(string.Join(" ", names));
        int hits = 0;
        foreach (string n in names)
        {
            if (n.StartsWith("b") || n.EndsWith("y")) hits++;
        }
        Console.WriteLine(hits);
    }
}
