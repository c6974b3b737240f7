// test: mono-run
using System;
using System.Collections.Generic;

class Program
{
    static IEnumerable<int> Guarded(string name)
    {
        Console.WriteLine(name + ": open");
        try
        {
            for (int i = 1; i <= 5; i++)
            {
                yield return i;
            }
        }
        finally
        {
            Console.WriteLine(name + ": finally (cleanup)");
        }
    }

    static IEnumerable<string> Nested()
    {
        try
        {
            yield return "outer-1";
            try
            {
                yield return "inner-1";
                yield return "inner-2";
            }
            finally
            {
                Console.WriteLine("inner finally");
            }
            yield return "outer-2";
        }
        finally
        {
            Console.WriteLine("outer finally");
        }
    }

    static void Main()
    {
        int sum = 0;
        foreach (int i in Guarded("full")) sum += i;
        Console.WriteLine("full sum " + sum);
        foreach (int i in Guarded("break"))
        {
            Console.WriteLine("got " + i);
            if (i == 2) break;
        }
        try
        {
            foreach (int i in Guarded("throw"))
            {
                if (i == 3) throw new InvalidOperationException("consumer failed at " + i);
            }
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught: " + e.Message);
        }
        foreach (string s in Nested())
        {
            Console.WriteLine(s);
            if (s == "inner-1") break;
        }
        IEnumerator<int> never = Guarded("never started").GetEnumerator();
        never.Dispose();
        Console.WriteLine("disposing an unstarted iterator runs nothing");
    }
}
