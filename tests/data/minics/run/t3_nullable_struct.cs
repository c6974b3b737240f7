// test: mono-run
using System;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}

enum Level { Low, High }

class Program
{
    static Point? Intersect(int a, int b)
    {
        if (a == b) return null;
        return new Point(a, b);
    }

    static void Main()
    {
        Point? p = Intersect(1, 2);
        Point? q = Intersect(3, 3);
        Console.WriteLine(p.HasValue + " " + p.Value);
        Console.WriteLine(q.HasValue);
        Console.WriteLine(p.Value.X + p.Value.Y);
        Point fallback = q ?? new Point(-1, -1);
        Console.WriteLine(fallback);
        Console.WriteLine(q.GetValueOrDefault());
        Level? lvl = Level.High;
        Console.WriteLine(lvl);
        lvl = null;
        Console.WriteLine(lvl.HasValue);
        Point?[] arr = new Point?[3];
        arr[1] = new Point(5, 5);
        int count = 0;
        foreach (Point? x in arr) if (x.HasValue) count++;
        Console.WriteLine(count);
        try
        {
            Console.WriteLine(q.Value);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name);
        }
        object boxed = p;
        Point unboxed = (Point)boxed;
        Console.WriteLine(unboxed);
        Point? rebox = (Point?)boxed;
        Console.WriteLine(rebox.Value.Y);
    }
}
