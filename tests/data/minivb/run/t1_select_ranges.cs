using System;

static class Program
{
    static string Kind(char c)
    {
        if (c >= 'a' && c <= 'z') return "lower";
        if (c >= 'A' && c <= 'Z') return "upper";
        if (c >= '0' && c <= '9') return "digit";
        if (c == ' ' || c == '\t') return "space";
        return "symbol";
    }

    static string Bucket(string word)
    {
        if (string.CompareOrdinal(word, "a") >= 0 && string.CompareOrdinal(word, "m") <= 0) return "first half";
        if (string.CompareOrdinal(word, "n") >= 0) return "second half";
        return "other";
    }

    static string Band(double x)
    {
        if (x < 0) return "negative";
        if (x == 0) return "zero";
        if (x >= 0 && x <= 1) return "fraction";
        if (x >= 1 && x <= 10 || x == 100) return "small";
        return "large";
    }

    static void Main()
    {
        foreach (var c in "aZ5 %" + '\t') Console.Write(Kind(c) + " ");
        Console.WriteLine();
        foreach (var w in new string[] { "apple", "melon", "nut", "zebra", "Apple" }) Console.WriteLine(w + ": " + Bucket(w));
        foreach (var x in new double[] { -1, 0, 0.5, 1, 7, 100, 50 }) Console.Write(Band(x) + " ");
        Console.WriteLine();
    }
}
