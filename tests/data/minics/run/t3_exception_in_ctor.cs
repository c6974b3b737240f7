// test: mono-run
using System;

class Resource
{
    public static int Live;
    public string Name;

    public Resource(string name, bool fail)
    {
        Console.WriteLine("constructing " + name);
        if (fail) throw new InvalidOperationException("cannot construct " + name);
        Name = name;
        Live++;
    }
}

class Program
{
    static Resource Make(string name, bool fail)
    {
        try
        {
            return new Resource(name, fail);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught: " + e.Message);
            return null;
        }
    }

    static void Main()
    {
        Resource a = Make("a", false);
        Resource b = Make("b", true);
        Resource c = Make("c", false);
        Console.WriteLine(a.Name + " " + (b == null) + " " + c.Name);
        Console.WriteLine("live: " + Resource.Live);
        Exception e = new Exception();
        Console.WriteLine(e.Message.Length > 0);
        Exception withInner = new Exception("outer", new ArgumentException("inner"));
        Console.WriteLine(withInner.Message + " / " + withInner.InnerException.Message);
        Console.WriteLine(new ArgumentException("bad").Message);
    }
}
