// test: mono-run
using System;

struct Fraction
{
    public readonly int Num;
    public readonly int Den;

    public Fraction(int num, int den)
    {
        if (den == 0) throw new ArgumentException("zero denominator");
        int g = Gcd(Math.Abs(num), Math.Abs(den));
        if (den < 0) { num = -num; den = -den; }
        Num = num / g;
        Den = den / g;
    }

    public Fraction(int whole) : this(whole, 1) { }

    static int Gcd(int a, int b) { return b == 0 ? (a == 0 ? 1 : a) : Gcd(b, a % b); }

    public Fraction Add(Fraction o) { return new Fraction(Num * o.Den + o.Num * Den, Den * o.Den); }
    public Fraction Mul(Fraction o) { return new Fraction(Num * o.Num, Den * o.Den); }
    public double Value { get { return (double)Num / Den; } }
    public override string ToString() { return Den == 1 ? Num.ToString() : Num + "/" + Den; }
}

struct Counter
{
    public int Count;
    public void Bump() { Count++; }
}

class Program
{
    static void Main()
    {
        Fraction half = new Fraction(1, 2);
        Fraction third = new Fraction(2, 6);
        Console.WriteLine(half + " " + third);
        Console.WriteLine(half.Add(third));
        Console.WriteLine(half.Mul(third));
        Console.WriteLine(new Fraction(6, -4));
        Console.WriteLine(new Fraction(5));
        Console.WriteLine(new Fraction(3, 4).Value.ToString("F2"));
        Fraction zero = default(Fraction);
        Console.WriteLine(zero.Num + "/" + zero.Den);
        Counter c = new Counter();
        c.Bump();
        c.Bump();
        Console.WriteLine(c.Count);
        Counter[] counters = new Counter[3];
        counters[1].Bump();
        Console.WriteLine(counters[0].Count + " " + counters[1].Count);
        try
        {
            Fraction bad = new Fraction(1, 0);
            Console.WriteLine(bad);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}
