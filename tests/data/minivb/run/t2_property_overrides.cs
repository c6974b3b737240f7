using System;

public abstract class Account
{
    private Decimal2 _balance;
    public abstract string Kind { get; }
    public virtual int Limit { get { return 0; } set { throw new NotSupportedException(Kind + " has no limit"); } }
    public int Balance { get { return _balance.Amount; } protected set { _balance = new Decimal2 { Amount = value }; } }
    public bool Withdraw(int amount) { if (Balance - amount < -Limit) return false; Balance -= amount; return true; }
    public void Deposit(int amount) { Balance += amount; }
}

public struct Decimal2 { public int Amount; }

public class Checking : Account
{
    private int _limit = 100;
    public override string Kind { get { return "checking"; } }
    public override int Limit { get { return _limit; } set { _limit = Math.Max(0, value); } }
}

public class Savings : Account
{
    public override string Kind { get { return "savings"; } }
}

static class Program
{
    static void Main()
    {
        Account[] accounts = { new Checking(), new Savings() };
        foreach (var a in accounts)
        {
            a.Deposit(50);
            Console.WriteLine(a.Kind + ": " + a.Withdraw(120) + " balance " + a.Balance + " limit " + a.Limit);
            try { a.Limit = 500; Console.WriteLine("  new limit " + a.Limit); }
            catch (NotSupportedException ex) { Console.WriteLine("  " + ex.Message); }
        }
        Console.WriteLine(accounts[0].Withdraw(400) + " " + accounts[0].Balance);
    }
}
