using System;

class Program
{
    static void Main()
    {
        string s = "Hello, World";
        Console.WriteLine(s.Length);
        Console.WriteLine(s.ToUpper());
        Console.WriteLine(s.Substring(7));
        Console.WriteLine(s.IndexOf("World"));
        Console.WriteLine(s.Replace("World", "VB"));
        Console.WriteLine(s[4]);
        string[] parts = "a,b,c".Split(',');
        Console.WriteLine(parts.Length);
        foreach (string p in parts) Console.Write(p + ";");
        Console.WriteLine();
        var t = "  trim me  ";
        Console.WriteLine("[" + t.Trim() + "]");
        Console.WriteLine(s.StartsWith("Hell"));
        Console.WriteLine(s.Contains("lo, W"));
        Console.WriteLine(string.Format("{0}-{1}", 1, "two"));
        int n = 42;
        Console.WriteLine($"n = {n}, twice = {n * 2}");
        Console.WriteLine("abc" == "abc");
        Console.WriteLine(string.CompareOrdinal("abc", "abd") < 0);
        Console.WriteLine("x" + 1 + "True" + "2.5");
        Console.WriteLine(string.CompareOrdinal("b", "a") > 0);
        char c = 'z';
        Console.WriteLine(c + "!");
    }
}
