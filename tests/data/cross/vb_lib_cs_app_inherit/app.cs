// test: cross-run
// lib: lib.vb
// twin: lib.twin.cs app.cs
using System;

public class Upper : Filter
{
    public Upper() : base("upper") { }
    protected override string Transform(string input) { return input.ToUpper(); }
}

public class Reverse : Filter
{
    public Reverse() : base("reverse") { }
    protected override string Transform(string input) { var c = input.ToCharArray(); Array.Reverse(c); return new string(c); }
    protected override string Prefix() { return "#" + Runs + ":"; }
}

public class Trim : IPlugin
{
    public string Name { get { return "trim"; } }
    public string Run(string input) { return input.Trim(); }
}

static class App
{
    static void Main()
    {
        var h = new Host();
        var r = new Reverse();
        h.Register(new Trim());
        h.Register(new Upper());
        h.Register(r);
        Console.WriteLine(h.Process("  hello vb  "));
        Console.WriteLine(h.Process("again"));
        Console.WriteLine(r.RunCount);
    }
}
