// test: cross-run
// lib: lib.vb
// twin: lib.twin.cs app.cs
using System;
using System.Collections.Generic;
using Geometry;

public class Square : Shape
{
    private readonly double side;
    public Square(double side) { this.side = side; }
    public override double Area() { return side * side; }
    public override string Name { get { return "square"; } }
}

public class Triangle : IShape
{
    public double Area() { return 3.0; }
    public string Name { get { return "triangle"; } }
}

static class App
{
    static void Main()
    {
        var shapes = new List<IShape> { new Circle(1), new Square(3), new Triangle() };
        foreach (var s in shapes) Console.WriteLine(s.Name + " " + s.Area().ToString("F2"));
        Console.WriteLine(Shapes.Largest(shapes).Name);
        Console.WriteLine(new Circle(2).ToString());
        var scaled = Shapes.Scale(new double[] { 1, 2, 3 }, x => x * 10);
        Console.WriteLine(string.Join(",", scaled));
        try { Shapes.Validate(-1); }
        catch (ArgumentException ex) { Console.WriteLine("caught " + ex.Message); }
        var reg = new Registry<Shape>();
        reg.Registered += name => Console.WriteLine("registered " + name);
        reg.Add("c", new Circle(1.5));
        reg.Add("s", new Square(2));
        Console.WriteLine(reg.Count);
        Console.WriteLine(reg.Find("s").Name);
        Console.WriteLine(reg.Find("x") == null);
        var c = new Circle(1);
        c.Radius = 10;
        Console.WriteLine(c.Radius);
    }
}
