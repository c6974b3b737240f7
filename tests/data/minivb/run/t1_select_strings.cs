using System;

static class Program
{
    static string Classify(string word)
    {
        switch (word)
        {
            case "apple": case "pear": return "fruit";
            case "carrot": return "vegetable";
            default: return "unknown";
        }
    }

    static char Grade(int score)
    {
        if (score >= 90) return 'A';
        if (score >= 80 && score <= 89) return 'B';
        if (score >= 70 && score <= 79 || score == 65) return 'C';
        return 'F';
    }

    static void Main()
    {
        foreach (var w in new string[] { "apple", "carrot", "stone", "pear" }) Console.WriteLine(w + ": " + Classify(w));
        foreach (var s in new int[] { 95, 85, 72, 65, 66, 10 }) Console.WriteLine(s + " -> " + Grade(s));
        int x = 3;
        switch (x)
        {
            case 1: Console.WriteLine("one"); break;
            case 2: case 3:
                Console.WriteLine("two or three");
                if (x == 3) break;
                Console.WriteLine("not printed for three");
                break;
        }
        Console.WriteLine("done");
    }
}
