// test: mono-run
using System;

class Program
{
    static string Grade(int score)
    {
        if (score >= 90) return "A";
        else if (score >= 80) return "B";
        else if (score >= 70) return "C";
        else if (score >= 60) return "D";
        else return "F";
    }

    static string Classify(int x, int y)
    {
        string r;
        if (x > 0)
        {
            if (y > 0) r = "Q1";
            else if (y < 0) r = "Q4";
            else r = "+x axis";
        }
        else if (x < 0)
        {
            if (y > 0) r = "Q2"; else r = y < 0 ? "Q3" : "-x axis";
        }
        else
        {
            r = y == 0 ? "origin" : "y axis";
        }
        return r;
    }

    static void Main()
    {
        int[] scores = { 95, 85, 75, 65, 55, 90, 0 };
        foreach (int s in scores) Console.Write(Grade(s) + " ");
        Console.WriteLine();
        Console.WriteLine(Classify(1, 1));
        Console.WriteLine(Classify(-1, 1));
        Console.WriteLine(Classify(-1, -1));
        Console.WriteLine(Classify(1, -1));
        Console.WriteLine(Classify(0, 0));
        Console.WriteLine(Classify(5, 0));
        Console.WriteLine(Classify(0, -3));
        bool flag = false, inner = true;
        if (flag)
            if (inner) Console.WriteLine("inner");
            else Console.WriteLine("dangling else binds to inner if");
        Console.WriteLine("after dangling");
        int v = 7;
        if (v % 2 == 1 && v > 5) Console.WriteLine("odd and big");
        if (!(v < 0)) { Console.WriteLine("non-negative"); }
    }
}
