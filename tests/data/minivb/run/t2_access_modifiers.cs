using System;

public class Vault
{
    private int code = 1234;
    protected internal string Owner = "bank";
    internal static int Opened;
    protected int Peek() { return code % 100; }
    public bool TryOpen(int guess) { if (guess == code) { Opened += 1; return true; } return false; }
    private class Audit { public static string Check(Vault v) { return "audit sees " + v.code; } }
    public string RunAudit() { return Audit.Check(this); }
}

public class SmartVault : Vault
{
    public string Hint() { return "ends with " + Peek() + ", owner " + Owner; }
}

static class Program
{
    static void Main()
    {
        var v = new SmartVault();
        Console.WriteLine(v.Hint());
        Console.WriteLine(v.TryOpen(1111));
        Console.WriteLine(v.TryOpen(1234));
        Console.WriteLine(Vault.Opened);
        Console.WriteLine(v.RunAudit());
        v.Owner = "me";
        Console.WriteLine(v.Hint());
    }
}
