using System;

public class Registry
{
    public static readonly System.Collections.Generic.List<string> Names = new System.Collections.Generic.List<string>();
    public static int Count = Init("Registry.Count");
    static Registry() { Console.WriteLine("Registry shared ctor, count=" + Count); }
    public static int Init(string what) { Console.WriteLine("init " + what); return 10; }
}

public class Widget
{
    private static int created;
    public readonly int Serial = NextSerial();
    public readonly string Label;
    private static int NextSerial() { created += 1; return created; }
    public Widget(string label) { Label = label + "#" + Serial; Console.WriteLine("constructed " + Label); }
}

static class Program
{
    private static readonly string startup = Announce();
    static Program() { }
    static string Announce() { Console.WriteLine("module field init"); return "ready"; }

    static void Main()
    {
        Console.WriteLine("main starts " + startup);
        var a = new Widget("a");
        var b = new Widget("b");
        Console.WriteLine(Registry.Count);
        Registry.Names.Add(a.Label);
        Registry.Names.Add(b.Label);
        Console.WriteLine(string.Join(",", Registry.Names));
    }
}
