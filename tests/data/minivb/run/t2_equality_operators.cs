using System;
using System.Collections.Generic;

public class Money
{
    public long Cents { get; }
    public string Currency { get; }
    public Money(long cents, string currency) { Cents = cents; Currency = currency; }
    public override bool Equals(object obj)
    {
        var other = obj as Money;
        if ((object)other == null) return false;
        return Cents == other.Cents && Currency == other.Currency;
    }
    public override int GetHashCode() { return Cents.GetHashCode() ^ Currency.GetHashCode(); }
    public override string ToString() { return (Cents / 100) + "." + (Cents % 100).ToString("00") + " " + Currency; }
    public static Money operator +(Money a, Money b)
    {
        if (a.Currency != b.Currency) throw new InvalidOperationException("currency mismatch");
        return new Money(a.Cents + b.Cents, a.Currency);
    }
    public static Money operator *(Money a, int k) { return new Money(a.Cents * k, a.Currency); }
    public static bool operator ==(Money a, Money b) { return a.Equals(b); }
    public static bool operator !=(Money a, Money b) { return !a.Equals(b); }
    public static implicit operator Money(int cents) { return new Money(cents, "EUR"); }
    public static explicit operator double(Money m) { return m.Cents / 100.0; }
}

static class Program
{
    static void Main()
    {
        var a = new Money(1250, "EUR");
        var b = new Money(199, "EUR");
        Console.WriteLine(a + b);
        Console.WriteLine((a * 3).ToString());
        Console.WriteLine(a == new Money(1250, "EUR"));
        Console.WriteLine(a != b);
        Money c = 500;
        Console.WriteLine(c);
        Console.WriteLine((double)c);
        var seen = new HashSet<Money>();
        seen.Add(a);
        seen.Add(new Money(1250, "EUR"));
        seen.Add(b);
        Console.WriteLine(seen.Count);
        try { var bad = a + new Money(1, "USD"); Console.WriteLine(bad); }
        catch (InvalidOperationException ex) { Console.WriteLine(ex.Message); }
        object o1 = a;
        object o2 = a;
        Console.WriteLine(o1 == o2);
        Console.WriteLine(o1.Equals(new Money(1250, "EUR")));
    }
}
