using System;

namespace Shapes
{
    public abstract class Shape
    {
        private readonly string _name;
        protected Shape(string name) { _name = name; }
        public string Name { get { return _name; } }
        public abstract double Area();
        public virtual string Describe() { return Name + " with area " + Area().ToString("F2"); }
        public override string ToString() { return "Shape(" + Name + ")"; }
    }

    public class Circle : Shape
    {
        public double Radius { get; set; }
        public Circle(double r) : base("circle") { Radius = r; }
        public override double Area() { return Math.PI * Radius * Radius; }
    }

    public sealed class Rect : Shape
    {
        private double w, h;
        public Rect(double w, double h) : base("rect") { this.w = w; this.h = h; }
        public override double Area() { return w * h; }
        public override string Describe() { return "[" + base.Describe() + "]"; }
    }
}

static class Program
{
    private static int count;

    static void Main()
    {
        Shapes.Shape[] shapes = { new Shapes.Circle(1.5), new Shapes.Rect(2, 3) };
        foreach (var s in shapes)
        {
            Console.WriteLine(s.Describe());
            Console.WriteLine(s.ToString());
            count += 1;
        }
        Console.WriteLine(count);
        var c = new Shapes.Circle(2);
        c.Radius = 3;
        Console.WriteLine(c.Area().ToString("F3"));
        object o = c;
        Console.WriteLine(o is Shapes.Shape);
        Console.WriteLine(o is Shapes.Rect);
        Shapes.Rect r = o as Shapes.Rect;
        Console.WriteLine(r == null);
        Shapes.Circle back = (Shapes.Circle)o;
        Console.WriteLine(back.Radius);
    }
}
