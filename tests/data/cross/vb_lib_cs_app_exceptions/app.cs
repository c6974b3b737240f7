// test: cross-run
// lib: lib.vb
// twin: lib.twin.cs app.cs
using System;
using Banking;

static class App
{
    static void Main()
    {
        var a = new Account();
        a.Deposit(100);
        try { a.Withdraw(250); }
        catch (InsufficientFundsException ex) { Console.WriteLine(ex.Message + " / " + ex.Shortfall); }
        try { a.Deposit(-5); }
        catch (ArgumentOutOfRangeException ex) { Console.WriteLine("bad " + ex.ParamName); }
        Console.WriteLine(a.TryRun(x => x.Withdraw(30)));
        Console.WriteLine(a.TryRun(x => x.Withdraw(100)));
        Console.WriteLine(a.TryRun(x => x.Withdraw(1000)));
        Console.WriteLine(a.TryRun(x => { throw new InvalidOperationException(); }));
        try { Console.WriteLine(Account.Overflowing(100000, 100000)); }
        catch (OverflowException) { Console.WriteLine("VB arithmetic is checked"); }
    }
}
