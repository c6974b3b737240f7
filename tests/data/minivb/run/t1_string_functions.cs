using System;
using System.Text;

static class Program
{
    static string Reverse(string s) { char[] chars = s.ToCharArray(); Array.Reverse(chars); return new string(chars); }

    static bool IsPalindrome(string s)
    {
        var clean = new StringBuilder();
        foreach (var c in s.ToLower()) if (char.IsLetterOrDigit(c)) clean.Append(c);
        string t = clean.ToString();
        return string.CompareOrdinal(t, Reverse(t)) == 0;
    }

    static int CountWords(string s)
    {
        int n = 0;
        foreach (var w in s.Split(new char[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)) n += 1;
        return n;
    }

    static void Main()
    {
        Console.WriteLine(Reverse("stressed"));
        Console.WriteLine(IsPalindrome("A man, a plan, a canal: Panama"));
        Console.WriteLine(IsPalindrome("not one"));
        Console.WriteLine(CountWords("  the   quick brown  fox "));
        string s = "Mississippi";
        Console.WriteLine(s.LastIndexOf("ss"));
        Console.WriteLine(s.IndexOf("ss", 3));
        Console.WriteLine(s.Insert(4, "-"));
        Console.WriteLine(s.Remove(2, 3));
        Console.WriteLine(s.PadLeft(14, '*') + "|" + s.PadRight(13) + "|");
        Console.WriteLine(string.Join("/", new string[] { "a", "b", "c" }));
        Console.WriteLine(s.ToLower().Replace("i", "1"));
        Console.WriteLine(string.IsNullOrEmpty(""));
        Console.WriteLine(s.EndsWith("pi"));
        Console.WriteLine(s[0]);
        Console.WriteLine(string.Concat("x", "y", "z"));
        Console.WriteLine(new string('-', 5));
        Console.WriteLine(s.CompareTo("Miss") > 0);
        Console.WriteLine(string.Format("[{0,5}][{1,-4}][{2:F3}]", 42, "ab", 3.14159));
        Console.WriteLine($"{255:X4} {0.5:P0} {1234567:N0}");
        var sb = new StringBuilder("start");
        sb.Insert(0, ">> ");
        sb.Append(' ', 3).Append(123).AppendLine();
        sb.Replace("start", "begin");
        Console.Write(sb.ToString());
        Console.WriteLine(sb.Length);
        Console.WriteLine(char.IsUpper('Q') && char.IsDigit('7'));
        Console.WriteLine(char.ToUpper('q'));
    }
}
