// test: mono-run
// Interface and virtual dispatch: a loop over a mixed array of shapes calling through an
// interface, a virtual method and an abstract one. Argument: iterations (default 200000).
using System;

interface IArea { double Area(); }

abstract class Shape : IArea {
    public abstract double Area();
    public virtual int Corners() { return 0; }
}

sealed class Square : Shape {
    readonly double side;
    public Square(double side) { this.side = side; }
    public override double Area() { return side * side; }
    public override int Corners() { return 4; }
}

sealed class Triangle : Shape {
    readonly double b, h;
    public Triangle(double b, double h) { this.b = b; this.h = h; }
    public override double Area() { return 0.5 * b * h; }
    public override int Corners() { return 3; }
}

sealed class Circle : Shape {
    readonly double r;
    public Circle(double r) { this.r = r; }
    public override double Area() { return 3.0 * r * r; }
}

static class Dispatch {
    static void Main(string[] args) {
        int n = args.Length > 0 ? int.Parse(args[0]) : 200000;
        Shape[] shapes = new Shape[64];
        for (int i = 0; i < shapes.Length; i++) {
            switch (i % 3) {
                case 0: shapes[i] = new Square(i % 7 + 1); break;
                case 1: shapes[i] = new Triangle(i % 5 + 1, i % 3 + 2); break;
                default: shapes[i] = new Circle(i % 4 + 1); break;
            }
        }
        double total = 0;
        long corners = 0;
        for (int k = 0; k < n; k++) {
            IArea a = shapes[k & 63];
            total += a.Area();
            corners += shapes[(k * 7) & 63].Corners();
        }
        Console.WriteLine(total.ToString("F1"));
        Console.WriteLine(corners);
    }
}
