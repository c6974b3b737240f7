using System;

public struct Money : IComparable<Money>
{
    public long Cents;
    public Money(long cents) { Cents = cents; }
    public void Add(Money other) { Cents += other.Cents; }
    public int CompareTo(Money other) { return Cents.CompareTo(other.Cents); }
    public override string ToString() { return "$" + (Cents / 100) + "." + (Cents % 100).ToString("00"); }
}

public class Ledger
{
    public readonly Money[] Entries = new Money[4];
    public Money Total() { var t = new Money(0); foreach (var e in Entries) t.Add(e); return t; }
}
