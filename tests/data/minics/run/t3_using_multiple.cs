// test: mono-run
using System;

class Lock : IDisposable
{
    private static int depth;
    private readonly string name;
    public Lock(string name) { this.name = name; depth++; Console.WriteLine(new string(' ', depth * 2) + "acquire " + name); }
    public void Dispose() { Console.WriteLine(new string(' ', depth * 2) + "release " + name); depth--; }
}

struct Scope : IDisposable
{
    public string Name;
    public void Dispose() { Console.WriteLine("struct scope " + Name + " disposed"); }
}

class Program
{
    static Lock MaybeLock(bool take) { return take ? new Lock("maybe") : null; }

    static void Main()
    {
        using (Lock a = new Lock("a"), b = new Lock("b"))
        {
            Console.WriteLine("    body with a and b");
        }
        using (Lock c = new Lock("c"))
        using (Lock d = new Lock("d"))
        {
            Console.WriteLine("    stacked body");
        }
        using (MaybeLock(false))
        {
            Console.WriteLine("null resource is allowed");
        }
        using (MaybeLock(true))
        {
            Console.WriteLine("    expression resource");
        }
        using (Scope s = new Scope { Name = "s1" })
        {
            Console.WriteLine("inside struct scope " + s.Name);
        }
        IDisposable any = new Lock("via interface");
        using (any)
        {
            Console.WriteLine("    body");
        }
        using (var v = new Lock("var"))
        {
            Console.WriteLine("    var body");
        }
    }
}
