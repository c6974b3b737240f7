using System;

static class Program
{
    static string ReverseWords(string s) { var words = s.Split(new char[] { ' ' }, StringSplitOptions.RemoveEmptyEntries); Array.Reverse(words); return string.Join(" ", words); }
    static string Capitalize(string s)
    {
        var words = s.Split(' ');
        for (int i = 0; i <= words.Length - 1; i++) if (words[i].Length > 0) words[i] = char.ToUpper(words[i][0]) + words[i].Substring(1).ToLower();
        return string.Join(" ", words);
    }
    static bool IsAnagram(string a, string b)
    {
        var x = a.Replace(" ", "").ToLower().ToCharArray();
        var y = b.Replace(" ", "").ToLower().ToCharArray();
        Array.Sort(x);
        Array.Sort(y);
        return string.CompareOrdinal(new string(x), new string(y)) == 0;
    }
    static void Main()
    {
        Console.WriteLine(ReverseWords("  the sky   is blue "));
        Console.WriteLine(Capitalize("hELLO wORLD from vb"));
        Console.WriteLine(IsAnagram("Dormitory", "dirty room"));
        Console.WriteLine(IsAnagram("hello", "world"));
    }
}
