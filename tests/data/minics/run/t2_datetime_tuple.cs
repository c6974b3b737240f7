// test: mono-run
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        DateTime d = new DateTime(2024, 1, 5, 9, 7, 3, 45);
        Console.WriteLine(d);
        Console.WriteLine(d.ToString("d") + "|" + d.ToString("D") + "|" + d.ToString("t") + "|" + d.ToString("T") + "|" + d.ToString("g") + "|" + d.ToString("s") + "|" + d.ToString("o") + "|" + d.ToString("u") + "|" + d.ToString("M") + "|" + d.ToString("Y"));
        Console.WriteLine(d.ToString("yyyy-MM-dd HH:mm:ss.fff tt ddd dddd MMM MMMM yy M d h H 'at' FFF"));
        Console.WriteLine(d.ToShortDateString() + "|" + d.ToLongDateString() + "|" + d.ToShortTimeString() + "|" + d.ToLongTimeString());
        Console.WriteLine(string.Format("{0:yyyy/MM/dd}", d) + " " + d.DayOfWeek + " " + d.DayOfYear + " " + d.AddMonths(1).AddDays(30) + " " + (d - new DateTime(2023, 12, 25)).TotalDays.ToString("F4") + " " + d.Date + " " + d.TimeOfDay);
        Console.WriteLine(new DateTime(2024, 3, 31).AddMonths(-1) + " " + DateTime.IsLeapYear(1900) + " " + DateTime.DaysInMonth(2024, 2) + " " + DateTime.MinValue + " " + DateTime.MaxValue.Ticks + " " + d.Kind);
        DateTime start = new DateTime(1999, 12, 31, 23, 59, 59);
        for (int i = 0; i < 3; i++) Console.Write(start.AddSeconds(i).ToString("s") + " " + start.AddSeconds(i).DayOfWeek + "; ");
        Console.WriteLine();
        Console.WriteLine(new DateTime(2000, 2, 29).AddYears(1).ToString("D") + " " + (new DateTime(2024, 1, 1) < d) + " " + d.CompareTo(new DateTime(2030, 1, 1)) + " " + d.Equals(new DateTime(d.Ticks)) + " " + new DateTime(2024, 12, 31).DayOfYear);
        try { new DateTime(2023, 2, 29); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }

        TimeSpan ts = new TimeSpan(1, 2, 3, 4, 5);
        Console.WriteLine(ts + " " + ts.Days + " " + ts.Hours + " " + ts.Minutes + " " + ts.Seconds + " " + ts.Milliseconds + " " + ts.TotalHours.ToString("F4") + " " + ts.Ticks);
        Console.WriteLine(TimeSpan.FromMinutes(-90.5) + " " + TimeSpan.FromDays(1.5).TotalHours + " " + new TimeSpan(0, 0, 5) + " " + TimeSpan.FromSeconds(0.0004) + " " + TimeSpan.FromMilliseconds(1.5) + " " + TimeSpan.Zero);
        Console.WriteLine((ts - TimeSpan.FromDays(2)) + " " + (-ts).Duration() + " " + (ts > TimeSpan.FromHours(26)) + " " + TimeSpan.Compare(ts, ts) + " " + new TimeSpan(36, 0, 0) + " " + TimeSpan.MaxValue + " " + TimeSpan.MinValue);
        Console.WriteLine(d + TimeSpan.FromHours(15) + " " + (d - TimeSpan.FromDays(5)).ToString("yyyy-MM-dd"));

        Tuple<int, string> t = Tuple.Create(1, "one");
        Tuple<string, double, bool> t3 = new Tuple<string, double, bool>("x", 2.5, true);
        Console.WriteLine(t + " " + t.Item1 + " " + t.Item2 + " " + t3 + " " + t.Equals(Tuple.Create(1, "one")) + " " + t.Equals(Tuple.Create(2, "one")) + " " + Tuple.Create(1, 2, 3, 4) + " " + Tuple.Create<string>(null));
        Dictionary<Tuple<int, int>, string> grid = new Dictionary<Tuple<int, int>, string>();
        grid[Tuple.Create(0, 1)] = "a";
        grid[Tuple.Create(0, 1)] = "b";
        Console.WriteLine(grid.Count + " " + grid[Tuple.Create(0, 1)]);
    }
}
