using System;
using System.Collections.Generic;

public class Tracked : IDisposable
{
    public static readonly List<string> Log = new List<string>();
    private readonly string name;
    private bool disposed;
    public Tracked(string name) { this.name = name; Log.Add("open " + name); }
    public void Use() { if (disposed) throw new ObjectDisposedException(name); Log.Add("use " + name); }
    public void Dispose() { if (disposed) return; disposed = true; Log.Add("close " + name); }
}

static class Program
{
    static int Work(bool fail)
    {
        using (var a = new Tracked("a"))
        {
            a.Use();
            using (var b = new Tracked("b"))
            {
                b.Use();
                if (fail) throw new InvalidOperationException("fail inside");
                return 1;
            }
        }
    }

    static void Main()
    {
        Console.WriteLine(Work(false));
        try { Work(true); }
        catch (InvalidOperationException ex) { Tracked.Log.Add("caught " + ex.Message); }
        var t = new Tracked("t");
        using (t) { t.Use(); }
        try { t.Use(); }
        catch (ObjectDisposedException) { Tracked.Log.Add("disposed already"); }
        for (int i = 1; i <= 3; i++)
        {
            using (var x = new Tracked("loop" + i))
            {
                if (i == 2) continue;
                if (i == 3) break;
                x.Use();
            }
        }
        using (Tracked nothingHere = null) { Tracked.Log.Add("null resource is fine"); }
        foreach (var line in Tracked.Log) Console.WriteLine(line);
    }
}
