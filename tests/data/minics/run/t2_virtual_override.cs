// test: mono-run
using System;

class Shape
{
    public virtual string Name() { return "shape"; }
    public virtual double Area() { return 0; }
    public string Describe() { return Name() + " area " + Area().ToString("F2"); }
}

class Circle : Shape
{
    private double r;
    public Circle(double r) { this.r = r; }
    public override string Name() { return "circle"; }
    public override double Area() { return Math.PI * r * r; }
}

class Square : Shape
{
    protected double side;
    public Square(double s) { side = s; }
    public override string Name() { return "square"; }
    public override double Area() { return side * side; }
}

class Cube : Square
{
    public Cube(double s) : base(s) { }
    public override string Name() { return "cube"; }
    public override double Area() { return 6 * base.Area(); }
}

class Program
{
    static void Main()
    {
        Shape[] shapes = { new Shape(), new Circle(1), new Square(3), new Cube(2) };
        foreach (Shape s in shapes) Console.WriteLine(s.Describe());
        Square sq = new Cube(1);
        Console.WriteLine(sq.Name() + " " + sq.Area());
        Shape sh = sq;
        Console.WriteLine(sh.Name());
        double total = 0;
        foreach (Shape s in shapes) total += s.Area();
        Console.WriteLine(total.ToString("F3"));
    }
}
