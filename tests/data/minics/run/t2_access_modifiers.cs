// test: mono-run
using System;

public class Account
{
    public string Owner { get; private set; }
    protected Cents balance;
    internal int Transactions;
    private readonly string pin;
    protected internal string Branch = "main";

    public Account(string owner, string pin)
    {
        Owner = owner;
        this.pin = pin;
    }

    public bool Withdraw(string pinTry, int amount)
    {
        if (!CheckPin(pinTry) || amount > balance.Value) return false;
        balance.Value -= amount;
        Transactions++;
        return true;
    }

    public void Deposit(int amount) { balance.Value += amount; Transactions++; }

    private bool CheckPin(string p) { return p == pin; }

    public int Balance { get { return balance.Value; } }

    public void Rename(string n) { Owner = n; }
}

public struct Cents
{
    public int Value;
}

class Savings : Account
{
    public Savings(string owner) : base(owner, "0000") { }

    public void AddInterest(int percent)
    {
        balance.Value += balance.Value * percent / 100;
        Branch = "savings";
    }
}

class Program
{
    static void Main()
    {
        Account a = new Account("ann", "1234");
        a.Deposit(100);
        Console.WriteLine(a.Withdraw("0000", 50));
        Console.WriteLine(a.Withdraw("1234", 500));
        Console.WriteLine(a.Withdraw("1234", 30));
        Console.WriteLine(a.Balance + " " + a.Transactions + " " + a.Branch);
        a.Rename("anna");
        Console.WriteLine(a.Owner);
        Savings s = new Savings("bob");
        s.Deposit(1000);
        s.AddInterest(5);
        Console.WriteLine(s.Balance + " " + s.Branch + " " + s.Owner);
    }
}
