using System;

static class Calendar
{
    static bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
    static int DaysInMonth(int y, int m)
    {
        if (m == 2) return IsLeap(y) ? 29 : 28;
        if (m == 4 || m == 6 || m == 9 || m == 11) return 30;
        if (m >= 1 && m <= 12) return 31;
        throw new ArgumentOutOfRangeException("m");
    }
    static int DayOfYear(int y, int m, int d) { int n = d; for (int k = 1; k <= m - 1; k++) n += DaysInMonth(y, k); return n; }

    static void Main()
    {
        foreach (var y in new int[] { 1900, 2000, 2023, 2024 }) Console.Write(y + ":" + IsLeap(y) + " ");
        Console.WriteLine();
        Console.WriteLine(DayOfYear(2024, 3, 1) + " " + DayOfYear(2023, 12, 31));
        int total = 0;
        for (int y = 2000; y <= 2099; y++) if (IsLeap(y)) total += 1;
        Console.WriteLine(total);
        try { DaysInMonth(2024, 13); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("bad month"); }
    }
}
