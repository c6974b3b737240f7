// test: mono-run
using System;

class Resource : IDisposable
{
    private readonly string name;
    public bool Disposed;
    public Resource(string name) { this.name = name; Console.WriteLine("open " + name); }
    public void Use() { Console.WriteLine("use " + name); }
    public void Fail() { throw new InvalidOperationException(name + " failed"); }
    public void Dispose() { Disposed = true; Console.WriteLine("dispose " + name); }
}

class Program
{
    static void Main()
    {
        using (Resource r = new Resource("file"))
        {
            r.Use();
        }
        Console.WriteLine("--");
        Resource kept = null;
        try
        {
            using (kept = new Resource("socket"))
            {
                kept.Use();
                kept.Fail();
                Console.WriteLine("never");
            }
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught: " + e.Message + ", disposed=" + kept.Disposed);
        }
        Console.WriteLine("--");
        using (Resource outer = new Resource("outer"))
        {
            using (Resource inner = new Resource("inner"))
            {
                inner.Use();
                outer.Use();
            }
            Console.WriteLine("between");
        }
        Console.WriteLine("--");
        for (int i = 0; i < 2; i++)
        {
            using (Resource r = new Resource("loop" + i))
            {
                if (i == 0) continue;
                r.Use();
            }
        }
        Console.WriteLine("--");
        Console.WriteLine(ReturnInside());
    }

    static string ReturnInside()
    {
        using (Resource r = new Resource("early"))
        {
            return "returned before dispose printed?";
        }
    }
}
