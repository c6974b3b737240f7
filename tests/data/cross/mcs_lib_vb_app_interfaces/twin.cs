using System;
using Pipeline;

public class Tokenize : IStage<string, string[]> { public string[] Process(string input) { return input.Split(' '); } }
public class CountLong : IStage<string[], int> { public int Process(string[] input) { int n = 0; foreach (var w in input) if (w.Length > 3) n += 1; return n; } }
public class ConsoleSink : ISink
{
    private int seen;
    public void Accept(string line) { seen += 1; Console.WriteLine(seen + "> " + line); }
    public int Count { get { return seen; } }
}

static class App
{
    static void Main()
    {
        var n = Runner.Chain<string, string[], int>("the quick brown fox jumps", new Tokenize(), new CountLong());
        Console.WriteLine(n);
        var sink = new ConsoleSink();
        Runner.Emit(sink, "alpha", "beta");
        Runner.Emit(sink);
        Console.WriteLine(sink.Count);
    }
}
