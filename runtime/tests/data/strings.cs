// String operations, formatting, StringBuilder, char tests, parsing.
using System;
using System.Text;

class Program
{
    static void Main()
    {
        string s = "Hello, World";
        Console.WriteLine(s.Length);
        Console.WriteLine(s[4]);
        Console.WriteLine(s.Substring(7));
        Console.WriteLine(s.Substring(0, 5));
        Console.WriteLine(s.IndexOf("World"));
        Console.WriteLine(s.IndexOf('o'));
        Console.WriteLine(s.LastIndexOf('o'));
        Console.WriteLine(s.Replace("l", "L"));
        Console.WriteLine(s.ToUpper() + s.ToLower());
        Console.WriteLine(s.StartsWith("Hell") + " " + s.EndsWith("d") + " " + s.Contains("lo, W"));
        Console.WriteLine("  padded  ".Trim() + "|");
        Console.WriteLine("x".PadLeft(4, '.') + "y".PadRight(3) + "|");
        string[] parts = "a,b,,c".Split(',');
        Console.WriteLine(parts.Length + " " + string.Join("|", parts));
        Console.WriteLine(string.Format("{0} + {1} = {2}", 2, 3, 5));
        Console.WriteLine(string.Format("[{0,6}] [{1,-6}] [{2:X4}] [{3:F3}]", 42, "ab", 255, Math.PI));
        Console.WriteLine("a" + 1 + 2.5 + true + 'c' + null + 3L);
        string built = "ab" + "c";
        Console.WriteLine(built == "abc");
        Console.WriteLine((object)built == (object)"abc");
        Console.WriteLine(string.Compare("apple", "Banana") < 0);
        Console.WriteLine(string.CompareOrdinal("apple", "Banana") > 0);
        Console.WriteLine("abc".Equals("abc") + " " + "abc".Equals((object)"abd"));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) sb.Append(i).Append(',');
        sb.Length = sb.Length - 1;
        sb.Insert(0, "[").Append("]");
        Console.WriteLine(sb.ToString());
        Console.WriteLine(sb.Length);
        Console.WriteLine(int.Parse("-123") + long.Parse("9000000000"));
        Console.WriteLine(double.Parse("2.5") * 2);
        int parsed;
        Console.WriteLine(int.TryParse("x12", out parsed) + " " + parsed);
        Console.WriteLine(char.IsDigit('7') + " " + char.IsLetter('q') + " " + char.ToUpper('q'));
        char[] cs = s.ToCharArray();
        for (int i = 0, j = cs.Length - 1; i < j; i++, j--) { char t = cs[i]; cs[i] = cs[j]; cs[j] = t; }
        Console.WriteLine(new string(cs));
        Console.WriteLine(new string('*', 5));
        Console.WriteLine(12345.ToString("N0") + " " + (-42).ToString("D5") + " " + 3.14159.ToString("F2"));
        Console.WriteLine(string.IsNullOrEmpty("") + " " + string.IsNullOrEmpty(null) + " " + string.IsNullOrEmpty("a"));
        int n = 7;
        Console.WriteLine($"n={n}, sq={n * n}, half={n / 2.0}");
    }
}
