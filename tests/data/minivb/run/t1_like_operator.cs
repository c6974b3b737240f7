using System;
using System.Text;
using System.Text.RegularExpressions;

static class Program
{
    // VB's Like (Option Compare Binary) as a regular expression: the oracle.
    static bool Like(string s, string p)
    {
        s = s ?? "";
        p = p ?? "";
        var re = new StringBuilder("^");
        for (int i = 0; i < p.Length; i++)
        {
            char c = p[i];
            if (c == '?') re.Append('.');
            else if (c == '*') re.Append("[\\s\\S]*");
            else if (c == '#') re.Append("[0-9]");
            else if (c == '[')
            {
                int close = p.IndexOf(']', i + 1);
                string list = p.Substring(i + 1, close - i - 1);
                bool negate = list.StartsWith("!");
                if (negate) list = list.Substring(1);
                re.Append(negate ? "[^" : "[");
                foreach (char x in list) re.Append(x == '-' ? "-" : Regex.Escape(x.ToString()).Replace("]", "\\]"));
                re.Append(']');
                i = close;
            }
            else re.Append(Regex.Escape(c.ToString()));
        }
        re.Append('$');
        return Regex.IsMatch(s, re.ToString());
    }

    static void Check(string s, string p)
    {
        Console.WriteLine(s + " Like " + p + " = " + Like(s, p).ToString());
    }

    static void Main()
    {
        Check("hello", "h*o");
        Check("hello", "h?llo");
        Check("hello", "h?lo");
        Check("a1", "a#");
        Check("ab", "a#");
        Check("b", "[a-c]");
        Check("d", "[a-c]");
        Check("d", "[!a-c]");
        Check("", "*");
        Check("abc", "*c");
        Check("abc", "a*b*c*");
        Check("x*y", "x[*]y");
        Check("F", "f");
        string n = null;
        Console.WriteLine(Like(n, ""));
        if (Like("report.txt", "*.txt")) Console.WriteLine("text file");
    }
}
