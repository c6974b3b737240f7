using System;
using System.Text;

public class TextStats
{
    public int Lines { get; }
    public int Words { get; }
    public int Chars { get; }
    public string Longest { get; } = "";
    public TextStats(string text)
    {
        var ls = text.Split(new string[] { "\n" }, StringSplitOptions.None);
        Lines = ls.Length;
        int chars = 0, words = 0;
        string longest = "";
        foreach (var line in ls)
        {
            chars += line.Length;
            foreach (var w in line.Split(new char[] { ' ', ',', '.' }, StringSplitOptions.RemoveEmptyEntries)) { words += 1; if (w.Length > longest.Length) longest = w; }
        }
        Chars = chars; Words = words; Longest = longest;
    }
}

static class Program
{
    static void Main()
    {
        var sb = new StringBuilder();
        sb.Append("It is a truth universally acknowledged,").Append('\n');
        sb.Append("that a single man in possession of a good fortune,").Append('\n');
        sb.Append("must be in want of a wife.");
        var s = new TextStats(sb.ToString());
        Console.WriteLine("lines " + s.Lines);
        Console.WriteLine("words " + s.Words);
        Console.WriteLine("chars " + s.Chars);
        Console.WriteLine("longest " + s.Longest);
    }
}
