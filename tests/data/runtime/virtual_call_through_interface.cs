// test: mono-run
using System;
interface IShape { double Area(); string Name { get; } }
abstract class Shape : IShape {
    public abstract double Area();
    public virtual string Name { get { return "shape"; } }
    public override string ToString() { return Name + ":" + Area(); }
}
class Square : Shape {
    double side;
    public Square(double s) { side = s; }
    public override double Area() { return side * side; }
    public override string Name { get { return "square"; } }
}
sealed class Circle : Shape {
    double r;
    public Circle(double r) { this.r = r; }
    public override double Area() { return Math.Round(Math.PI * r * r, 2); }
}
class Program {
    static void Main() {
        IShape[] shapes = { new Square(3), new Circle(1), new Square(1.5) };
        double total = 0;
        foreach (IShape s in shapes) { Console.WriteLine(s); total += s.Area(); }
        Console.WriteLine("total " + total);
    }
}
