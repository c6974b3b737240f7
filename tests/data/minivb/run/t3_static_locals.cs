using System;
using System.Text;

class Counter
{
    bool countInit;
    int count;

    public int NextId()
    {
        if (!countInit) { countInit = true; count = 100; }
        count += 1;
        return count;
    }
}

static class Program
{
    static int n;
    static bool seenInit;
    static StringBuilder seen;

    static int Tick()
    {
        n += 1;
        return n;
    }

    static string Names(string s)
    {
        if (!seenInit) { seenInit = true; seen = new StringBuilder(); }
        seen.Append(s);
        return seen.ToString();
    }

    static void Main()
    {
        for (int i = 1; i <= 3; i++)
            Console.WriteLine(Tick());
        Counter a = new Counter();
        Counter b = new Counter();
        Console.WriteLine(a.NextId());
        Console.WriteLine(a.NextId());
        Console.WriteLine(b.NextId());
        Console.WriteLine(Names("x"));
        Console.WriteLine(Names("y"));
    }
}
