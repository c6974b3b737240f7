// test: mono-run
using System;

class InsufficientFunds : Exception
{
    public InsufficientFunds(int needed) : base("need " + needed + " more") { }
}

class Account
{
    private static int nextNumber = 1000;
    public int Number { get; }
    public string Owner { get; }
    public int Balance { get; private set; }

    public Account(string owner, int opening)
    {
        Number = nextNumber++;
        Owner = owner;
        Balance = opening;
    }

    public void TransferTo(Account other, int amount)
    {
        if (amount > Balance) throw new InsufficientFunds(amount - Balance);
        Balance -= amount;
        other.Balance += amount;
    }

    public override string ToString() { return string.Format("#{0} {1,-5} {2,6}", Number, Owner, Balance); }
}

class Program
{
    static void Main()
    {
        Account a = new Account("ann", 500);
        Account b = new Account("bob", 50);
        a.TransferTo(b, 200);
        Console.WriteLine(a);
        Console.WriteLine(b);
        try
        {
            b.TransferTo(a, 1000);
        }
        catch (InsufficientFunds e)
        {
            Console.WriteLine("transfer failed: " + e.Message);
        }
        Console.WriteLine(a);
        Console.WriteLine(b);
    }
}
