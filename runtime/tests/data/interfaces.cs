// Interfaces: several per class, explicit implementation, interface inheritance,
// dispatch through base classes, and is/as on interfaces.
using System;

interface INamed { string Name { get; } }
interface IGreeter : INamed { string Greet(string who); }
interface ICounter { int Next(); void Reset(); }

class English : IGreeter, ICounter
{
    private int n;
    public string Name { get { return "english"; } }
    public virtual string Greet(string who) { return "Hello, " + who; }
    public int Next() { return ++n; }
    void ICounter.Reset() { n = 0; }
}

class Loud : English
{
    public override string Greet(string who) { return base.Greet(who).ToUpper() + "!"; }
}

class French : IGreeter
{
    string INamed.Name { get { return "french"; } }
    public string Greet(string who) { return "Bonjour, " + who; }
}

class Program
{
    static void Show(IGreeter g) { Console.WriteLine(g.Name + ": " + g.Greet("Ada")); }

    static void Main()
    {
        IGreeter[] gs = { new English(), new Loud(), new French() };
        foreach (IGreeter g in gs) Show(g);
        ICounter c = new Loud();
        c.Next(); c.Next();
        Console.WriteLine(c.Next());
        c.Reset();
        Console.WriteLine(c.Next());
        object o = new French();
        Console.WriteLine((o is ICounter) + " " + (o is INamed) + " " + ((o as IGreeter) != null));
        INamed named = (INamed)gs[1];
        Console.WriteLine(named.Name);
        IDisposable d = o as IDisposable;
        Console.WriteLine(d == null);
    }
}
