using System;
using System.Collections.Generic;

static class Calculator
{
    private static int pos;
    private static string text;

    static double Evaluate(string expr)
    {
        text = expr.Replace(" ", "");
        pos = 0;
        var v = ParseSum();
        if (pos != text.Length) throw new FormatException("unexpected '" + text[pos] + "' at " + pos);
        return v;
    }

    static double ParseSum()
    {
        var v = ParseProduct();
        while (pos < text.Length && (text[pos] == '+' || text[pos] == '-'))
        {
            var op = text[pos];
            pos += 1;
            var r = ParseProduct();
            if (op == '+') v += r; else v -= r;
        }
        return v;
    }

    static double ParseProduct()
    {
        var v = ParseFactor();
        while (pos < text.Length && (text[pos] == '*' || text[pos] == '/'))
        {
            var op = text[pos];
            pos += 1;
            var r = ParseFactor();
            if (op == '*') v *= r; else v /= r;
        }
        return v;
    }

    static double ParseFactor()
    {
        if (pos < text.Length && text[pos] == '(') { pos += 1; var v = ParseSum(); pos += 1; return v; }
        if (pos < text.Length && text[pos] == '-') { pos += 1; return -ParseFactor(); }
        var start = pos;
        while (pos < text.Length && (char.IsDigit(text[pos]) || text[pos] == '.')) pos += 1;
        if (start == pos) throw new FormatException("number expected at " + pos);
        return double.Parse(text.Substring(start, pos - start), System.Globalization.CultureInfo.InvariantCulture);
    }

    static void Main()
    {
        var inputs = new List<string> { "1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-(2 + 3) * 2", "2 * (3 + (4 - 1)) / 3", "1 +", "3 $ 4" };
        foreach (var s in inputs)
        {
            try { Console.WriteLine(s + " = " + Evaluate(s).ToString("R")); }
            catch (FormatException ex) { Console.WriteLine(s + " : " + ex.Message); }
        }
    }
}
