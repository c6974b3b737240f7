// test: mono-run
using System;
class Program {
    static void Main() {
        string s = "  Hello, World  ";
        string t = s.Trim();
        Console.WriteLine("[" + t + "] " + t.Length);
        Console.WriteLine(t.Substring(7) + " " + t.IndexOf("World") + " " + t[4]);
        Console.WriteLine(t.Replace("l", "L").ToUpper() + t.ToLower());
        Console.WriteLine(t.StartsWith("Hell") + " " + t.Contains("lo, W"));
        Console.WriteLine(string.Join("|", "a,b,,c".Split(',')));
        Console.WriteLine(string.Format("{0,5}|{1,-4}|{2:X}", 42, "ab", 255));
        int n = 7;
        Console.WriteLine($"n={n}, sq={n * n}, half={n / 2.0}");
        Console.WriteLine(string.CompareOrdinal("a", "b") < 0);
        Console.WriteLine("abc" == "ab" + "c");
        Console.WriteLine(int.Parse("-123") + 1);
        Console.WriteLine(3.5.ToString() + " " + (1.0 / 3).ToString());
    }
}
