using System;

public class Printer
{
    public string Format(int x) { return "int " + x; }
    public string Format(long x) { return "long " + x; }
    public string Format(double x) { return "double " + x.ToString("F1"); }
    public string Format(string x) { return "string " + x; }
    public string Format(object x) { return "object " + x.ToString(); }
    public string Format(int a, int b) { return "pair " + a + "," + b; }
    public virtual string Kind() { return "printer"; }
    public string Plain() { return "base plain"; }
}

public class FancyPrinter : Printer
{
    public override string Kind() { return "fancy " + base.Kind(); }
    public new string Plain() { return "derived plain"; }
}

static class Program
{
    static void Main()
    {
        var p = new Printer();
        byte b = 7;
        short s = 8;
        Console.WriteLine(p.Format(1));
        Console.WriteLine(p.Format(2L));
        Console.WriteLine(p.Format(b));
        Console.WriteLine(p.Format(s));
        Console.WriteLine(p.Format(3.5));
        Console.WriteLine(p.Format(2.5F));
        Console.WriteLine(p.Format("x"));
        Console.WriteLine(p.Format(new object[] { }.Length));
        Console.WriteLine(p.Format(Guid.Empty));
        Console.WriteLine(p.Format(1, 2));
        var f = new FancyPrinter();
        Printer asBase = f;
        Console.WriteLine(asBase.Kind());
        Console.WriteLine(asBase.Plain());
        Console.WriteLine(f.Plain());
        Console.WriteLine("called " + "with continuation");
    }
}
