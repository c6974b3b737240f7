// test: mono-run
using System;

struct MutablePoint
{
    public int X;
    public void Bump() { X++; }
}

class Shape
{
    public readonly string Name;
    public readonly int[] Sizes = { 1, 2, 3 };
    public static readonly Shape Unit = new Shape("unit");
    public static readonly int Created;
    private readonly MutablePoint readonlyPoint;
    private MutablePoint mutablePoint;

    static Shape() { Created = 100; }

    public Shape(string name)
    {
        Name = name;
        Name = Name + "!";
    }

    public Shape() : this("anonymous") { }

    public int BumpBoth()
    {
        readonlyPoint.Bump();
        mutablePoint.Bump();
        return readonlyPoint.X * 10 + mutablePoint.X;
    }
}

class Program
{
    static void Main()
    {
        Shape s = new Shape("box");
        Console.WriteLine(s.Name);
        Console.WriteLine(new Shape().Name);
        Console.WriteLine(Shape.Unit.Name);
        Console.WriteLine(Shape.Created);
        s.Sizes[0] = 99;
        Console.WriteLine(s.Sizes[0]);
        Console.WriteLine(s.BumpBoth());
        Console.WriteLine(s.BumpBoth());
    }
}
