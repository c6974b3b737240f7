// test: mono-run
using System;

class Program
{
    static bool IsPalindrome(string s)
    {
        int i = 0, j = s.Length - 1;
        while (i < j)
        {
            if (s[i] != s[j]) return false;
            i++;
            j--;
        }
        return true;
    }

    static int WordCount(string s)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            if (c == ' ') inWord = false;
            else if (!inWord) { inWord = true; count++; }
        }
        return count;
    }

    static string Compress(string s)
    {
        string result = "";
        int i = 0;
        while (i < s.Length)
        {
            int j = i;
            while (j < s.Length && s[j] == s[i]) j++;
            result += s[i];
            if (j - i > 1) result += (j - i);
            i = j;
        }
        return result;
    }

    static int LongestCommonPrefix(string a, string b)
    {
        int n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }

    static void Main()
    {
        foreach (string s in new string[] { "racecar", "abba", "abc", "", "x" })
            Console.WriteLine("'" + s + "' palindrome: " + IsPalindrome(s));
        Console.WriteLine(WordCount("  the quick  brown fox "));
        Console.WriteLine(Compress("aaabccddddde"));
        Console.WriteLine(LongestCommonPrefix("interstellar", "internet"));
        string upper = "";
        foreach (char c in "mixed 123 Case") upper += c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
        Console.WriteLine(upper);
    }
}
