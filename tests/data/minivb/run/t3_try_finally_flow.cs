using System;

static class Program
{
    static string Risky(int n)
    {
        try
        {
            if (n == 0) return "zero";
            if (n < 0) throw new ArgumentException("negative");
            return "positive " + (100 / n);
        }
        catch (ArgumentException ex) { return "caught " + ex.Message; }
        finally { Console.WriteLine("finally for " + n); }
    }

    static string Search(int[,] grid, int target)
    {
        for (int i = 0; i <= grid.GetLength(0) - 1; i++)
            for (int j = 0; j <= grid.GetLength(1) - 1; j++)
                if (grid[i, j] == target) return i + "," + j;
        return "none";
    }

    static void Main()
    {
        Console.WriteLine(Risky(0));
        Console.WriteLine(Risky(-5));
        Console.WriteLine(Risky(7));
        var g = new int[,] { { 1, 2, 3 }, { 4, 5, 6 } };
        Console.WriteLine(Search(g, 5));
        Console.WriteLine(Search(g, 9));
        int attempts = 0;
        while (true)
        {
            attempts += 1;
            try
            {
                if (attempts < 3) throw new InvalidOperationException("try again");
                Console.WriteLine("succeeded after " + attempts);
                break;
            }
            catch (InvalidOperationException ex) { Console.WriteLine(ex.Message); }
        }
        try { Console.WriteLine("in try"); }
        finally { Console.WriteLine("after exit try"); }
        int i = 0;
    again:
        i += 1;
        if (i < 3) goto again;
        Console.WriteLine("goto done " + i);
        try
        {
            try { throw new FormatException("inner"); }
            finally { Console.WriteLine("inner finally"); }
        }
        catch (FormatException ex) when (ex.Message.StartsWith("in")) { Console.WriteLine("filtered " + ex.Message); }
        try { int n = int.Parse("abc"); Console.WriteLine(n); }
        catch (FormatException) { Console.WriteLine("format error"); }
    }
}
