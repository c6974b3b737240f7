using System;

public class Base
{
    protected readonly string log;
    public Base() { log = Trace("Base field"); Console.WriteLine("Base ctor, describe=" + Describe()); }
    protected static string Trace(string what) { Console.WriteLine("init " + what); return what; }
    public virtual string Describe() { return "base"; }
}

public class Middle : Base
{
    private readonly string tag;
    public Middle() : base() { tag = Trace("Middle field"); Console.WriteLine("Middle ctor"); }
    public override string Describe() { return "middle(" + (tag ?? "not yet") + ")"; }
}

public class Leaf : Middle
{
    private readonly int extra;
    public Leaf(int x) { extra = Trace("Leaf field").Length; Console.WriteLine("Leaf ctor " + (x + extra)); }
    public override string Describe() { return "leaf<" + base.Describe() + ">"; }
}

static class Program
{
    static void Main()
    {
        var l = new Leaf(1);
        Console.WriteLine(l.Describe());
        Base b = l;
        Console.WriteLine(b.Describe());
    }
}
