using System;
using System.Collections.Generic;

static class Program
{
    static int SafeApply(Func<int, int> f, int x, int fallback)
    {
        try { return f(x); }
        catch (DivideByZeroException) { Console.WriteLine("  divide by zero for " + x); return fallback; }
    }

    static void Retry(int times, Action<int> action)
    {
        for (int attempt = 1; attempt <= times; attempt++)
        {
            try { action(attempt); Console.WriteLine("  attempt " + attempt + " succeeded"); return; }
            catch (InvalidOperationException ex) { Console.WriteLine("  attempt " + attempt + " failed: " + ex.Message); }
        }
        throw new TimeoutException("gave up after " + times);
    }

    static void Main()
    {
        Func<int, int> inverse = n => 100 / n;
        foreach (var x in new int[] { 5, 0, -4 }) Console.WriteLine(SafeApply(inverse, x, -1));
        Retry(3, a => { if (a < 3) throw new InvalidOperationException("not yet " + a); });
        try { Retry(2, a => { throw new InvalidOperationException("never"); }); }
        catch (TimeoutException ex) { Console.WriteLine(ex.Message); }
        var validators = new List<Action<string>> {
            s => { if (s.Length == 0) throw new ArgumentException("empty"); },
            s => { if (s.Contains(" ")) throw new ArgumentException("spaces"); } };
        foreach (var input in new string[] { "ok", "", "a b" })
        {
            try { foreach (var v in validators) v(input); Console.WriteLine("'" + input + "' valid"); }
            catch (ArgumentException ex) { Console.WriteLine("'" + input + "' invalid: " + ex.Message); }
        }
    }
}
