using System;
using System.Text;

static class Cipher
{
    static char Shift(char c, int k)
    {
        if (char.IsUpper(c)) return Convert.ToChar((Convert.ToInt32(c) - 65 + k + 26) % 26 + 65);
        if (char.IsLower(c)) return Convert.ToChar((Convert.ToInt32(c) - 97 + k + 26) % 26 + 97);
        return c;
    }

    static string Encode(string text, int k) { var sb = new StringBuilder(text.Length); foreach (char c in text) sb.Append(Shift(c, k)); return sb.ToString(); }

    static int Vowels(string text)
    {
        int n = 0;
        for (int i = 0; i <= text.Length - 1; i++)
            switch (char.ToLower(text[i])) { case 'a': case 'e': case 'i': case 'o': case 'u': n += 1; break; }
        return n;
    }

    static void Main()
    {
        var msg = "Hello, World! Visual Basic.";
        var enc = Encode(msg, 3);
        Console.WriteLine(enc);
        Console.WriteLine(Encode(enc, -3));
        Console.WriteLine(Encode("xyz XYZ", 4));
        Console.WriteLine(Vowels(msg));
        var counts = new int[26];
        foreach (var c in msg.ToUpper()) if (c >= 'A' && c <= 'Z') counts[Convert.ToInt32(c) - 65] += 1;
        for (int i = 0; i <= 25; i++) if (counts[i] > 1) Console.Write(Convert.ToChar(i + 65) + "=" + counts[i] + " ");
        Console.WriteLine();
    }
}
