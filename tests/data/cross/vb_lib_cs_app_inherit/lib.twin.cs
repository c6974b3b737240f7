using System;
using System.Collections.Generic;

public interface IPlugin { string Name { get; } string Run(string input); }

public abstract class Filter : IPlugin
{
    private readonly string _name;
    protected int Runs;
    protected Filter(string name) { _name = name; }
    public string Name { get { return _name; } }
    public string Run(string input) { Runs += 1; return Prefix() + Transform(input); }
    protected abstract string Transform(string input);
    protected virtual string Prefix() { return ""; }
    public int RunCount { get { return Runs; } }
}

public class Host
{
    private readonly List<IPlugin> plugins = new List<IPlugin>();
    public void Register(IPlugin p) { plugins.Add(p); }
    public string Process(string text)
    {
        var result = text;
        foreach (var p in plugins) { result = p.Run(result); Console.WriteLine("  after " + p.Name + ": " + result); }
        return result;
    }
}
