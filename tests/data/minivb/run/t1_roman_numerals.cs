using System;
using System.Text;

static class Roman
{
    private static readonly int[] Values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
    private static readonly string[] Symbols = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };

    static string ToRoman(int n)
    {
        if (n <= 0 || n >= 4000) throw new ArgumentOutOfRangeException(nameof(n));
        var sb = new StringBuilder();
        for (int i = 0; i <= Values.Length - 1; i++) while (n >= Values[i]) { sb.Append(Symbols[i]); n -= Values[i]; }
        return sb.ToString();
    }

    static int FromRoman(string s)
    {
        int total = 0, i = 0;
        while (i < s.Length)
            for (int k = 0; k <= Symbols.Length - 1; k++)
                if (string.CompareOrdinal(s, i, Symbols[k], 0, Symbols[k].Length) == 0) { total += Values[k]; i += Symbols[k].Length; break; }
        return total;
    }

    static void Main()
    {
        foreach (var n in new int[] { 1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999 }) { var r = ToRoman(n); Console.WriteLine(n + " = " + r + " = " + FromRoman(r)); }
        try { ToRoman(0); }
        catch (ArgumentOutOfRangeException ex) { Console.WriteLine("bad " + ex.ParamName); }
    }
}
