using System;

public interface IPrinter { void Print(string text); string Status(); }
public interface IScanner { string Scan(); string Status(); }

public class MultiFunction : IPrinter, IScanner
{
    private int pages;
    public void Print(string text) { pages += 1; Console.WriteLine("printing: " + text); }
    public string Scan() { return "scanned page " + pages; }
    string IPrinter.Status() { return "printer ok, " + pages + " pages"; }
    string IScanner.Status() { return "scanner idle"; }
    public string Status() { return "device: " + ((IPrinter)this).Status() + "; " + ((IScanner)this).Status(); }
}

static class Program
{
    static void UsePrinter(IPrinter p) { p.Print("report"); Console.WriteLine(p.Status()); }

    static void Main()
    {
        var m = new MultiFunction();
        UsePrinter(m);
        IScanner s = m;
        Console.WriteLine(s.Scan());
        Console.WriteLine(s.Status());
        Console.WriteLine(m.Status());
        Console.WriteLine(s is IPrinter);
    }
}
