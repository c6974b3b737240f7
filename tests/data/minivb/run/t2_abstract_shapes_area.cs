using System;
using System.Collections.Generic;

public abstract class Shape : IComparable<Shape>
{
    public abstract double Area { get; }
    public abstract double Perimeter { get; }
    public int CompareTo(Shape other) { return Area.CompareTo(other.Area); }
    public override string ToString() { return this.GetType().Name + " area=" + Area.ToString("F2") + " perimeter=" + Perimeter.ToString("F2"); }
}

public class Rectangle : Shape
{
    public readonly double W, H;
    public Rectangle(double w, double h) { W = w; H = h; }
    public override double Area { get { return W * H; } }
    public override double Perimeter { get { return 2 * (W + H); } }
}

public class Square : Rectangle { public Square(double side) : base(side, side) { } }

public class Circle : Shape
{
    public readonly double R;
    public Circle(double r) { R = r; }
    public override double Area { get { return Math.PI * R * R; } }
    public override double Perimeter { get { return 2 * Math.PI * R; } }
}

static class Program
{
    static void Main()
    {
        var shapes = new List<Shape> { new Rectangle(3, 4), new Circle(1), new Square(2.5), new Circle(2) };
        shapes.Sort();
        foreach (var s in shapes) Console.WriteLine(s);
        double total = 0;
        foreach (var s in shapes) total += s.Area;
        Console.WriteLine("total " + total.ToString("F3"));
        Console.WriteLine(shapes[1] is Rectangle);
    }
}
