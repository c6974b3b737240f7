// test: mono-run
using System;

class Program
{
    static string Capitalize(string word)
    {
        if (word.Length == 0) return word;
        return word.Substring(0, 1).ToUpper() + word.Substring(1).ToLower();
    }

    static void Main()
    {
        string s = "  Mixed Case Text  ";
        Console.WriteLine("[" + s.Trim() + "]");
        Console.WriteLine("[" + s.TrimStart() + "]");
        Console.WriteLine("[" + s.TrimEnd() + "]");
        Console.WriteLine(s.ToUpper());
        Console.WriteLine(s.ToLower());
        Console.WriteLine("[" + "xxhixx".Trim('x') + "]");
        Console.WriteLine("[" + "\t\n padded \r\n".Trim() + "]");
        Console.WriteLine(Capitalize("hELLO"));
        Console.WriteLine(Capitalize("w"));
        Console.WriteLine("[" + "42".PadLeft(6) + "]");
        Console.WriteLine("[" + "42".PadRight(6) + "]");
        Console.WriteLine("[" + "42".PadLeft(6, '0') + "]");
        Console.WriteLine("[" + "toolong".PadLeft(3) + "]");
        string title = "";
        foreach (string w in "the old man and the sea".Split(' '))
        {
            if (title.Length > 0) title += " ";
            title += Capitalize(w);
        }
        Console.WriteLine(title);
        Console.WriteLine("ABC123xyz".ToLower() == "abc123xyz");
    }
}
