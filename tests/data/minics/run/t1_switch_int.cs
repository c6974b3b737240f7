// test: mono-run
using System;

class Program
{
    static string DayName(int d)
    {
        switch (d)
        {
            case 1: return "Mon";
            case 2: return "Tue";
            case 3: return "Wed";
            case 4: return "Thu";
            case 5: return "Fri";
            case 6:
            case 7:
                return "Weekend";
            default:
                return "?";
        }
    }

    static int Score(int code)
    {
        int s = 0;
        switch (code)
        {
            case -1:
                s = -100;
                break;
            case 0:
                break;
            case 100:
            case 200:
            case 300:
                s = code / 100;
                break;
            case 1000000:
                s = 7;
                break;
            default:
                s = 1;
                break;
        }
        return s;
    }

    static void Main()
    {
        for (int d = 0; d <= 8; d++) Console.Write(DayName(d) + " ");
        Console.WriteLine();
        int[] codes = { -1, 0, 100, 200, 300, 400, 1000000, 5 };
        foreach (int c in codes) Console.Write(Score(c) + " ");
        Console.WriteLine();
        long big = 5000000000L;
        switch (big)
        {
            case 5000000000L: Console.WriteLine("long case"); break;
            default: Console.WriteLine("no"); break;
        }
        int three = 3;
        switch (three)
        {
            default:
                Console.WriteLine("default first in source");
                break;
            case 1:
                Console.WriteLine("one");
                break;
        }
    }
}
