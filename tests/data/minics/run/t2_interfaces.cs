// test: mono-run
using System;

interface IShape
{
    double Area();
    string Name { get; }
}

interface IScalable
{
    void Scale(double factor);
}

interface IPrintable
{
    string Print();
}

class Rect : IShape, IScalable, IPrintable
{
    private double w, h;
    public Rect(double w, double h) { this.w = w; this.h = h; }
    public double Area() { return w * h; }
    public string Name { get { return "rect"; } }
    public void Scale(double f) { w *= f; h *= f; }
    public string Print() { return Name + " " + w + "x" + h; }
}

class Circle : IShape, IPrintable
{
    private double r;
    public Circle(double r) { this.r = r; }
    public double Area() { return 3 * r * r; }
    public string Name => "circle";
    public string Print() { return "circle r=" + r; }
}

class Program
{
    static double TotalArea(IShape[] shapes)
    {
        double t = 0;
        foreach (IShape s in shapes) t += s.Area();
        return t;
    }

    static void Main()
    {
        Rect r = new Rect(2, 3);
        IShape[] shapes = { r, new Circle(1), new Rect(1, 1) };
        Console.WriteLine(TotalArea(shapes));
        IScalable sc = r;
        sc.Scale(2);
        Console.WriteLine(TotalArea(shapes));
        IPrintable[] printables = { r, new Circle(2) };
        foreach (IPrintable p in printables) Console.WriteLine(p.Print());
        object o = r;
        Console.WriteLine(o is IScalable);
        Console.WriteLine(new Circle(1) is IScalable);
        IShape s = (IShape)o;
        Console.WriteLine(s.Name);
        IPrintable maybe = o as IPrintable;
        Console.WriteLine(maybe != null);
    }
}
