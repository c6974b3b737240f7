namespace Numerics
{
    public struct Fraction
    {
        public readonly int Num;
        public readonly int Den;
        public Fraction(int num, int den)
        {
            int g = Gcd(System.Math.Abs(num), System.Math.Abs(den));
            if (den < 0) { num = -num; den = -den; }
            Num = num / g;
            Den = den / g;
        }
        static int Gcd(int a, int b) { while (b != 0) { int t = a % b; a = b; b = t; } return a == 0 ? 1 : a; }
        public static Fraction operator +(Fraction a, Fraction b) { return new Fraction(a.Num * b.Den + b.Num * a.Den, a.Den * b.Den); }
        public static Fraction operator *(Fraction a, Fraction b) { return new Fraction(a.Num * b.Num, a.Den * b.Den); }
        public static Fraction operator -(Fraction a) { return new Fraction(-a.Num, a.Den); }
        public static bool operator ==(Fraction a, Fraction b) { return a.Num == b.Num && a.Den == b.Den; }
        public static bool operator !=(Fraction a, Fraction b) { return !(a == b); }
        public static implicit operator Fraction(int n) { return new Fraction(n, 1); }
        public static explicit operator double(Fraction f) { return (double)f.Num / f.Den; }
        public override bool Equals(object o) { return o is Fraction && this == (Fraction)o; }
        public override int GetHashCode() { return Num * 31 + Den; }
        public override string ToString() { return Den == 1 ? Num.ToString() : Num + "/" + Den; }
    }
}
