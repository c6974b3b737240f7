using System;

public class Account
{
    private static int nextId = 100;
    public static readonly string Bank;
    public readonly int Id;
    public string Owner { get; set; }
    private Decimal2 _balance;

    static Account() { Bank = "VB Savings"; Console.WriteLine("static init"); }
    public Account(string owner) : this(owner, 0) { }
    public Account(string owner, int initial)
    {
        Id = nextId;
        nextId += 1;
        this.Owner = owner;
        _balance = new Decimal2(initial);
        Console.WriteLine("opened " + Id + " for " + owner);
    }
    public int Balance { get { return _balance.Value; } }
    public void Deposit(int amount)
    {
        if (amount <= 0) throw new ArgumentException("amount must be positive");
        _balance = new Decimal2(_balance.Value + amount);
    }
    public static int Count() { return nextId - 100; }
}

public struct Decimal2
{
    public readonly int Value;
    public Decimal2(int v) { Value = v; }
}

static class Program
{
    static void Main()
    {
        Console.WriteLine("start");
        var a = new Account("ann");
        var b = new Account("bob", 50);
        a.Deposit(30);
        b.Deposit(5);
        Console.WriteLine(a.Owner + " " + a.Balance + " " + a.Id);
        Console.WriteLine(b.Owner + " " + b.Balance + " " + b.Id);
        Console.WriteLine(Account.Bank);
        Console.WriteLine(Account.Count());
        try { a.Deposit(-1); }
        catch (ArgumentException ex) { Console.WriteLine(ex.Message); }
    }
}
