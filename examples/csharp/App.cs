// An application compiled by csc-lite against Shapes.dll: it derives from the library's
// class across assemblies, uses a lambda and a generic list, and catches an exception.
using System;
using System.Collections.Generic;
using Shapes;

class Square : Shape
{
    readonly double side;
    public Square(double side) { this.side = side; }
    public override double Area() { return side * side; }
}

static class Program
{
    static int Main()
    {
        var shapes = new List<Shape> { new Circle(1.5), new Square(2), new Circle(0.5) };
        shapes.Sort((a, b) => a.Area().CompareTo(b.Area()));
        foreach (Shape s in shapes) Console.WriteLine(s);
        double total = 0;
        shapes.ForEach(s => total += s.Area());
        Console.WriteLine($"total {total:F3}");
        try { Console.WriteLine(shapes[3]); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("no fourth shape"); }
        return shapes.Count;
    }
}
