// test: mono-run
using System;

class ConfigMissing : Exception
{
    public ConfigMissing(string key) : base("missing config key: " + key) { }
}

class Program
{
    static string Lookup(string key)
    {
        if (key == "name") return "demo";
        throw new ConfigMissing(key);
    }

    static void Main()
    {
        Console.WriteLine("name = " + Lookup("name"));
        Console.WriteLine("looking up port");
        Console.WriteLine("port = " + Lookup("port"));
        Console.WriteLine("never printed");
    }
}
