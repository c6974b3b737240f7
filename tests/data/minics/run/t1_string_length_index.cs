// test: mono-run
using System;

class Program
{
    static int CountVowels(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') n++;
        }
        return n;
    }

    static string Reverse(string s)
    {
        string r = "";
        for (int i = s.Length - 1; i >= 0; i--) r += s[i];
        return r;
    }

    static void Main()
    {
        string s = "education";
        Console.WriteLine(s.Length);
        Console.WriteLine(s[0]);
        Console.WriteLine(s[s.Length - 1]);
        Console.WriteLine(CountVowels(s));
        Console.WriteLine(Reverse(s));
        Console.WriteLine("".Length);
        Console.WriteLine("tab\there".Length);
        char[] chars = s.ToCharArray();
        chars[0] = 'E';
        Console.WriteLine(new string(chars));
        Console.WriteLine(s);
        Console.WriteLine(new string('-', 12));
        int digits = 0;
        foreach (char c in "a1b22c333")
        {
            if (c >= '0' && c <= '9') digits++;
        }
        Console.WriteLine(digits);
        try
        {
            char bad = s[20];
            Console.WriteLine(bad);
        }
        catch (IndexOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name);
        }
    }
}
