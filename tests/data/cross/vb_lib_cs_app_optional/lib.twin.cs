using System;

public enum Level { Low = 1, Medium = 5, High = 10 }

public static class Formatting
{
    public const string Separator = " | ";
    public const int MaxWidth = 12;
    public static string Pad(string text, int width = 8, char fill = '.') { if (text.Length >= width) return text; return text + new string(fill, width - text.Length); }
    public static string Join(params string[] parts) { return string.Join(Separator, parts); }
    public static string Describe(Level l)
    {
        if (l == Level.Low) return "low";
        if (l >= Level.Medium && l <= Level.High) return "elevated " + (int)l;
        return "?";
    }
    public static void Increment(ref int counter, int by = 1) { counter += by; }
}
