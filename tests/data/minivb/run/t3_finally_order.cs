using System;

static class Program
{
    static void Level3(bool fail)
    {
        try { Console.WriteLine("  level3 start"); if (fail) throw new ApplicationException("deep failure"); Console.WriteLine("  level3 end"); }
        finally { Console.WriteLine("  level3 finally"); }
    }

    static void Level2(bool fail)
    {
        try { Level3(fail); }
        catch (ArgumentException) { Console.WriteLine("  level2 wrong handler"); }
        finally { Console.WriteLine("  level2 finally"); }
    }

    static string Level1(bool fail)
    {
        try { Level2(fail); return "ok"; }
        catch (ApplicationException ex) when (ex.Message.Contains("deep")) { return "handled: " + ex.Message; }
        finally { Console.WriteLine("  level1 finally"); }
    }

    static int CountdownWithFinally()
    {
        int n = 0;
        for (int i = 1; i <= 5; i++)
        {
            try { if (i == 3) continue; if (i == 5) break; n += i; }
            finally { n += 100; }
        }
        return n;
    }

    static void Main()
    {
        Console.WriteLine(Level1(false));
        Console.WriteLine(Level1(true));
        Console.WriteLine(CountdownWithFinally());
    }
}
