// Classes: constructors and chaining, fields, properties, inheritance, virtual,
// abstract and sealed members, base calls, overridden ToString/Equals/GetHashCode,
// operator overloading, indexers, is/as, nested and static classes.
using System;

abstract class Shape
{
    private static int created;
    protected string name;

    protected Shape(string name) { this.name = name; created++; }

    public static int Created { get { return created; } }
    public abstract double Area();
    public virtual string Describe() { return name + " with area " + Area().ToString("F2"); }
    public override string ToString() { return "Shape(" + name + ")"; }
}

class Circle : Shape
{
    public double Radius { get; private set; }
    public Circle(double r) : base("circle") { Radius = r; }
    public override double Area() { return Math.PI * Radius * Radius; }
}

class Rect : Shape
{
    protected double w, h;
    public Rect(double w, double h) : this("rect", w, h) { }
    protected Rect(string n, double w, double h) : base(n) { this.w = w; this.h = h; }
    public override double Area() { return w * h; }
    public override string Describe() { return "[" + base.Describe() + "]"; }
}

sealed class Square : Rect
{
    public Square(double s) : base("square", s, s) { }
    public override string ToString() { return "Square " + w; }
}

class Vec
{
    public readonly int X, Y;
    public Vec(int x, int y) { X = x; Y = y; }
    public static Vec operator +(Vec a, Vec b) { return new Vec(a.X + b.X, a.Y + b.Y); }
    public static Vec operator *(Vec a, int k) { return new Vec(a.X * k, a.Y * k); }
    public static bool operator ==(Vec a, Vec b) { return a.X == b.X && a.Y == b.Y; }
    public static bool operator !=(Vec a, Vec b) { return !(a == b); }
    public override bool Equals(object o) { Vec v = o as Vec; return v != null && v == this; }
    public override int GetHashCode() { return X * 31 + Y; }
    public override string ToString() { return "(" + X + ", " + Y + ")"; }
}

class Bag
{
    private int[] items = new int[8];
    public int this[int i] { get { return items[i]; } set { items[i] = value; } }
    public class Counter
    {
        public int Count;
        public void Hit() { Count++; }
    }
}

static class Util
{
    public static int Twice(int x) { return 2 * x; }
}

class Program
{
    static void Main()
    {
        Shape[] shapes = { new Circle(1.5), new Rect(2, 3), new Square(4) };
        foreach (Shape s in shapes)
        {
            Console.WriteLine(s.Describe());
            Console.WriteLine(s);
        }
        Console.WriteLine(Shape.Created);
        object o = shapes[2];
        Console.WriteLine((o is Rect) + " " + (o is Circle) + " " + (o as Circle == null));
        Rect r = (Rect)o;
        Console.WriteLine(r.Area());
        Vec v = new Vec(1, 2) + new Vec(3, 4) * 2;
        Console.WriteLine(v);
        Console.WriteLine(v == new Vec(7, 10));
        Console.WriteLine(v.Equals(new Vec(7, 10)) + " " + v.GetHashCode());
        Bag bag = new Bag();
        bag[3] = 42;
        Console.WriteLine(bag[3] + bag[2]);
        Bag.Counter c = new Bag.Counter();
        c.Hit(); c.Hit();
        Console.WriteLine(c.Count + Util.Twice(20));
        Console.WriteLine(new object().GetType().Name + " " + v.GetType().Name + " " + "s".GetType().FullName);
        try
        {
            Circle bad = (Circle)o;
            Console.WriteLine(bad);
        }
        finally
        {
            Console.WriteLine("finally runs");
        }
    }
}
