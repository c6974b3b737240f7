using System;

public class ExpensiveResource
{
    public static int Created;
    public ExpensiveResource() { Created += 1; Console.WriteLine("creating resource #" + Created); }
    public string Query(string q) { return "result of " + q; }
}

public class Service
{
    private ExpensiveResource resource;
    private readonly Func<ExpensiveResource> factory;
    public Service(Func<ExpensiveResource> factory) { this.factory = factory; }
    private ExpensiveResource Res { get { if (resource == null) resource = factory(); return resource; } }
    public string Ask(string q) { return Res.Query(q); }
}

static class Program
{
    static void Main()
    {
        var s = new Service(() => new ExpensiveResource());
        Console.WriteLine("service ready, created=" + ExpensiveResource.Created);
        Console.WriteLine(s.Ask("a"));
        Console.WriteLine(s.Ask("b"));
        Console.WriteLine("created=" + ExpensiveResource.Created);
        var lazy = new Lazy<string>(() => { Console.WriteLine("computing lazy value"); return "lazy!"; });
        Console.WriteLine(lazy.IsValueCreated);
        Console.WriteLine(lazy.Value + lazy.Value);
        Console.WriteLine(lazy.IsValueCreated);
    }
}
