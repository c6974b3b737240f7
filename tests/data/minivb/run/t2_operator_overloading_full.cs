using System;

public class BigCounter
{
    private readonly long value;
    public BigCounter(long v) { value = v; }
    public static BigCounter operator +(BigCounter a, BigCounter b) { return new BigCounter(a.value + b.value); }
    public static BigCounter operator -(BigCounter a) { return new BigCounter(-a.value); }
    public static bool operator <(BigCounter a, BigCounter b) { return a.value < b.value; }
    public static bool operator >(BigCounter a, BigCounter b) { return a.value > b.value; }
    public static bool operator <=(BigCounter a, BigCounter b) { return a.value <= b.value; }
    public static bool operator >=(BigCounter a, BigCounter b) { return a.value >= b.value; }
    public string Concat(string s) { return value.ToString() + "~" + s; }
    public static int operator %(BigCounter a, int m) { return (int)(a.value % m); }
    public BigCounter Div(int d) { return new BigCounter(value / d); }
    public static BigCounter Pow(BigCounter a, int p) { long r = 1; for (int i = 1; i <= p; i++) r *= a.value; return new BigCounter(r); }
    public static BigCounter operator ~(BigCounter a) { return new BigCounter(~a.value); }
    public static implicit operator BigCounter(long v) { return new BigCounter(v); }
    public static explicit operator int(BigCounter c) { return (int)c.value; }
    public override string ToString() { return "BC(" + value + ")"; }
}

static class Program
{
    static void Main()
    {
        var a = new BigCounter(7);
        BigCounter b = 5L;
        Console.WriteLine(a + b);
        Console.WriteLine(-a);
        Console.WriteLine((a < b) + " " + (a > b) + " " + (a <= a) + " " + (b >= a));
        Console.WriteLine(a.Concat("tail"));
        Console.WriteLine(a % 4);
        Console.WriteLine(a.Div(2));
        Console.WriteLine(BigCounter.Pow(b, 3));
        Console.WriteLine(~b);
        int n = (int)(a + b);
        Console.WriteLine(n * 2);
    }
}
