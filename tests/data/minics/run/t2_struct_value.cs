// test: mono-run
using System;

struct Point
{
    public int X;
    public int Y;
    public Point(int x, int y) { X = x; Y = y; }
    public void Move(int dx, int dy) { X += dx; Y += dy; }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}

class Holder
{
    public Point P;
}

class Program
{
    static void Modify(Point p) { p.X = 999; }
    static void ModifyRef(ref Point p) { p.X = 999; }
    static Point Shifted(Point p) { p.Move(1, 1); return p; }

    static void Main()
    {
        Point a = new Point(1, 2);
        Point b = a;
        b.X = 10;
        Console.WriteLine(a + " " + b);
        Modify(a);
        Console.WriteLine(a);
        ModifyRef(ref a);
        Console.WriteLine(a);
        Point c = Shifted(b);
        Console.WriteLine(b + " " + c);
        Holder h = new Holder();
        h.P.Move(5, 5);
        Console.WriteLine(h.P);
        Point copy = h.P;
        copy.Move(1, 0);
        Console.WriteLine(h.P + " " + copy);
        Point d = new Point();
        Console.WriteLine(d);
        Point e;
        e.X = 3;
        e.Y = 4;
        Console.WriteLine(e);
        object boxed = e;
        e.X = 100;
        Console.WriteLine(boxed + " " + e);
    }
}
