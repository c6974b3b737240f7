// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public struct Money : IEquatable<Money>, IComparable<Money> {
        public readonly long Cents;
        public Money(long cents) { Cents = cents; }
        public bool Equals(Money other) { return Cents == other.Cents; }
        public int CompareTo(Money other) { return Cents.CompareTo(other.Cents); }
        public override bool Equals(object o) { return o is Money && Equals((Money)o); }
        public override int GetHashCode() { return Cents.GetHashCode(); }
        public static bool operator ==(Money a, Money b) { return a.Equals(b); }
        public static bool operator !=(Money a, Money b) { return !a.Equals(b); }
        public static Money? Parse(string s) { return null; }
    }
}
