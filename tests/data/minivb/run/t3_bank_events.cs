using System;
using System.Collections.Generic;

public class TransactionEventArgs : EventArgs
{
    public readonly int Amount;
    public readonly int Balance;
    public TransactionEventArgs(int amount, int balance) { Amount = amount; Balance = balance; }
}

public class BankAccount
{
    public event EventHandler<TransactionEventArgs> Transaction;
    public delegate void OverdrawnEventHandler(BankAccount account, int shortBy);
    public event OverdrawnEventHandler Overdrawn;
    public string Holder { get; }
    private int _balance;
    public BankAccount(string holder) { Holder = holder; }
    public bool Apply(int amount)
    {
        if (_balance + amount < 0) { if (Overdrawn != null) Overdrawn(this, -(_balance + amount)); return false; }
        _balance += amount;
        if (Transaction != null) Transaction(this, new TransactionEventArgs(amount, _balance));
        return true;
    }
}

public class Statement
{
    private readonly List<string> lines = new List<string>();
    public void Attach(BankAccount a)
    {
        a.Transaction += OnTransaction;
        a.Overdrawn += (acc, shortBy) => lines.Add(acc.Holder + " refused, short by " + shortBy);
    }
    private void OnTransaction(object sender, TransactionEventArgs e)
    {
        var acc = (BankAccount)sender;
        lines.Add(acc.Holder + (e.Amount >= 0 ? " +" : " ") + e.Amount + " = " + e.Balance);
    }
    public void Print() { for (int i = 0; i <= lines.Count - 1; i++) Console.WriteLine((i + 1) + ". " + lines[i]); }
}

static class Program
{
    static void Main()
    {
        var s = new Statement();
        var a = new BankAccount("ann");
        var b = new BankAccount("ben");
        s.Attach(a);
        s.Attach(b);
        a.Apply(100);
        b.Apply(20);
        a.Apply(-30);
        Console.WriteLine(b.Apply(-50));
        b.Apply(-20);
        s.Print();
    }
}
