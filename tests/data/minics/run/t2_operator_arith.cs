// test: mono-run
using System;

struct Vec
{
    public readonly int X, Y;
    public Vec(int x, int y) { X = x; Y = y; }

    public static Vec operator +(Vec a, Vec b) { return new Vec(a.X + b.X, a.Y + b.Y); }
    public static Vec operator -(Vec a, Vec b) { return new Vec(a.X - b.X, a.Y - b.Y); }
    public static Vec operator -(Vec a) { return new Vec(-a.X, -a.Y); }
    public static Vec operator *(Vec a, int k) { return new Vec(a.X * k, a.Y * k); }
    public static Vec operator *(int k, Vec a) { return a * k; }
    public static int operator *(Vec a, Vec b) { return a.X * b.X + a.Y * b.Y; }
    public static bool operator ==(Vec a, Vec b) { return a.X == b.X && a.Y == b.Y; }
    public static bool operator !=(Vec a, Vec b) { return !(a == b); }

    public override bool Equals(object o) { return o is Vec && this == (Vec)o; }
    public override int GetHashCode() { return X * 397 ^ Y; }
    public override string ToString() { return "<" + X + "," + Y + ">"; }
}

class Program
{
    static void Main()
    {
        Vec a = new Vec(1, 2), b = new Vec(3, 4);
        Console.WriteLine(a + b);
        Console.WriteLine(a - b);
        Console.WriteLine(-a);
        Console.WriteLine(a * 3);
        Console.WriteLine(2 * b);
        Console.WriteLine(a * b);
        Console.WriteLine(a == new Vec(1, 2));
        Console.WriteLine(a != b);
        Vec acc = new Vec(0, 0);
        for (int i = 0; i < 4; i++) acc += a;
        Console.WriteLine(acc);
        acc -= b;
        acc *= 2;
        Console.WriteLine(acc);
        Console.WriteLine(a.Equals(new Vec(1, 2)) + " " + a.Equals("x"));
        Console.WriteLine((a + b) * (a - b));
    }
}
