using System;

public class Counter
{
    private int count = 100;
    public int Bump(int count) { this.count += count; return this.count; }
    public int Total() { return count; }
}

static class Program
{
    private static string value = "module";
    static void Show() { Console.WriteLine(value); }

    static void Main()
    {
        var c = new Counter();
        Console.WriteLine(c.Bump(5));
        Console.WriteLine(c.Total());
        Show();
        string value = "local";
        Console.WriteLine(value);
        Console.WriteLine(Program.value);
        for (int i = 1; i <= 2; i++) { string inner = "iteration " + i; Console.WriteLine(inner); }
        if (true) { int scoped = 42; Console.WriteLine(scoped); }
        if (true) { string scoped = "again"; Console.WriteLine(scoped); }
    }
}
