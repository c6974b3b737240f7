using System;
using System.Text;

static class Rle
{
    static string Encode(string s)
    {
        if (s.Length == 0) return "";
        var sb = new StringBuilder();
        int run = 1;
        for (int i = 1; i <= s.Length; i++)
        {
            if (i < s.Length && s[i] == s[i - 1]) run += 1;
            else { sb.Append(run).Append(s[i - 1]); run = 1; }
        }
        return sb.ToString();
    }

    static string Decode(string s)
    {
        var sb = new StringBuilder();
        int count = 0;
        foreach (var c in s)
        {
            if (char.IsDigit(c)) count = count * 10 + (Convert.ToInt32(c) - Convert.ToInt32('0'));
            else { sb.Append(c, count); count = 0; }
        }
        return sb.ToString();
    }

    static void Main()
    {
        foreach (var t in new string[] { "aaabccddddd", "abc", "", "zzzzzzzzzzzz" })
        {
            var e = Encode(t);
            Console.WriteLine("'" + t + "' -> '" + e + "' -> '" + Decode(e) + "'");
        }
    }
}
