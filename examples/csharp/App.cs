// An application compiled by csc-lite against Shapes.dll (C#) and Polygons.dll (VB): it
// uses VB classes that derive from the C# library, subscribes a lambda to a VB event,
// sorts through a generic list, and catches an exception thrown in VB.
using System;
using System.Collections.Generic;
using Polygons;
using Shapes;

static class Program
{
    static int Main()
    {
        var registry = new Registry();
        registry.Added += s => Console.WriteLine("added " + s.Name);
        var shapes = new List<Shape> { new Circle(1.5), new Square(2), new Triangle(3, 1), new Circle(0.5) };
        foreach (Shape s in shapes) registry.Add(s);
        shapes.Sort((a, b) => a.Area().CompareTo(b.Area()));
        foreach (Shape s in shapes) Console.WriteLine(s);
        double total = 0;
        shapes.ForEach(s => total += s.Area());
        Console.WriteLine($"total {total:F3}");
        try { Console.WriteLine(new Triangle(0, 1)); }
        catch (ArgumentException e) { Console.WriteLine("VB threw: " + e.Message); }
        return registry.Count;
    }
}
