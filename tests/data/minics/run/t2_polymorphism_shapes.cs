// test: mono-run
using System;
using System.Collections.Generic;

abstract class Shape
{
    public abstract double Area { get; }
    public abstract double Perimeter { get; }
    public virtual string Name { get { return GetType().Name; } }
    public override string ToString()
    {
        return string.Format("{0,-10} area={1,8:F2} perimeter={2,7:F2}", Name, Area, Perimeter);
    }
}

class Circle : Shape
{
    private readonly double r;
    public Circle(double r) { this.r = r; }
    public override double Area { get { return Math.PI * r * r; } }
    public override double Perimeter { get { return 2 * Math.PI * r; } }
}

class Rectangle : Shape
{
    protected readonly double w, h;
    public Rectangle(double w, double h) { this.w = w; this.h = h; }
    public override double Area { get { return w * h; } }
    public override double Perimeter { get { return 2 * (w + h); } }
}

class Square : Rectangle
{
    public Square(double s) : base(s, s) { }
    public override string Name { get { return "Square!"; } }
}

class Triangle : Shape
{
    private readonly double a, b, c;
    public Triangle(double a, double b, double c) { this.a = a; this.b = b; this.c = c; }
    public override double Perimeter { get { return a + b + c; } }
    public override double Area
    {
        get
        {
            double s = Perimeter / 2;
            return Math.Sqrt(s * (s - a) * (s - b) * (s - c));
        }
    }
}

class Program
{
    static void Main()
    {
        List<Shape> shapes = new List<Shape>();
        shapes.Add(new Circle(1.5));
        shapes.Add(new Rectangle(2, 3.5));
        shapes.Add(new Square(4));
        shapes.Add(new Triangle(3, 4, 5));
        double total = 0;
        Shape largest = null;
        foreach (Shape s in shapes)
        {
            Console.WriteLine(s);
            total += s.Area;
            if (largest == null || s.Area > largest.Area) largest = s;
        }
        Console.WriteLine("total area {0:F3}, largest {1}", total, largest.Name);
    }
}
