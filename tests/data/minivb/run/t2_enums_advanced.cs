using System;

public enum Weekday : byte { Monday = 1, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday }

[Flags]
public enum Style { None = 0, Bold = 1, Italic = 2, Underline = 4, All = Bold | Italic | Underline }

static class Program
{
    static bool IsWeekend(Weekday d)
    {
        switch (d) { case Weekday.Saturday: case Weekday.Sunday: return true; default: return false; }
    }

    static Weekday NextDay(Weekday d) { if (d == Weekday.Sunday) return Weekday.Monday; return (Weekday)(d + 1); }

    static void Main()
    {
        Weekday d = Weekday.Friday;
        for (int i = 1; i <= 4; i++) { Console.WriteLine(d.ToString() + " weekend=" + IsWeekend(d)); d = NextDay(d); }
        Console.WriteLine((byte)Weekday.Wednesday);
        Style s = Style.Bold | Style.Underline;
        Console.WriteLine(s.ToString());
        Console.WriteLine((s & Style.Italic) == Style.None);
        s = s | Style.Italic;
        Console.WriteLine(s == Style.All);
        Console.WriteLine(Style.All.ToString());
        Console.WriteLine((int)Style.All);
        s = s & ~Style.Bold;
        Console.WriteLine(s.ToString());
        Weekday parsed = (Weekday)Enum.Parse(typeof(Weekday), "Tuesday");
        Console.WriteLine(parsed == Weekday.Tuesday);
        foreach (string name in Enum.GetNames(typeof(Style))) Console.Write(name + " ");
        Console.WriteLine();
        Console.WriteLine(Weekday.Monday < Weekday.Sunday);
    }
}
