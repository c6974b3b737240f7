// test: mono-run
using System;
using System.Collections.Generic;

class Money
{
    public readonly string Currency;
    public readonly long Cents;

    public Money(string currency, long cents) { Currency = currency; Cents = cents; }

    public override bool Equals(object obj)
    {
        Money other = obj as Money;
        if (other == null) return false;
        return Currency == other.Currency && Cents == other.Cents;
    }

    public override int GetHashCode() { return (int)Cents * 31 + Currency.Length; }

    public override string ToString() { return Currency + " " + (Cents / 100) + "." + (Cents % 100).ToString("D2"); }
}

class Program
{
    static void Main()
    {
        Money a = new Money("EUR", 1050);
        Money b = new Money("EUR", 1050);
        Money c = new Money("USD", 1050);
        Console.WriteLine(a == b);
        Console.WriteLine(a.Equals(b));
        Console.WriteLine(a.Equals(c));
        Console.WriteLine(a.Equals(null));
        Console.WriteLine(a.Equals("EUR 10.50"));
        Console.WriteLine(object.Equals(a, b));
        Console.WriteLine(a.GetHashCode() == b.GetHashCode());
        Console.WriteLine(a.GetHashCode());
        List<Money> wallet = new List<Money>();
        wallet.Add(a);
        wallet.Add(c);
        Console.WriteLine(wallet.Contains(new Money("USD", 1050)));
        Console.WriteLine(wallet.IndexOf(b));
        Console.WriteLine(wallet.Contains(new Money("USD", 1)));
        Dictionary<Money, string> owners = new Dictionary<Money, string>();
        owners[a] = "ann";
        owners[b] = "bob";
        Console.WriteLine(owners.Count + " " + owners[new Money("EUR", 1050)]);
        Console.WriteLine(a);
    }
}
