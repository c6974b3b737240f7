using System;
using System.Collections.Generic;

public interface IGreeter
{
    string Greet(string name);
    string Language { get; }
}

public class English : IGreeter
{
    public string Greet(string name) { return "Hello, " + name; }
    public string Language { get { return "en"; } }
}

public class French : IGreeter
{
    string IGreeter.Greet(string who) { return "Bonjour, " + who; }
    public string Language { get { return "fr"; } }
}

public struct Point
{
    public int X;
    public int Y;
    public Point(int x, int y) { X = x; Y = y; }
    public Point Plus(Point o) { return new Point(X + o.X, Y + o.Y); }
    public override string ToString() { return "(" + X + ", " + Y + ")"; }
    public static Point operator +(Point a, Point b) { return a.Plus(b); }
}

public enum Color { Red, Green = 5, Blue }

[Flags]
public enum Perm { None = 0, Read = 1, Write = 2, Exec = 4 }

static class Program
{
    static void Main()
    {
        var gs = new List<IGreeter>();
        gs.Add(new English());
        gs.Add(new French());
        foreach (IGreeter g in gs) Console.WriteLine(g.Language + ": " + g.Greet("Ada"));
        var p = new Point(1, 2);
        var q = p;
        q.X = 10;
        Console.WriteLine(p.ToString() + " " + q.ToString());
        Console.WriteLine((p + q).ToString());
        Color c = Color.Blue;
        Console.WriteLine((int)c);
        Console.WriteLine(c.ToString());
        Console.WriteLine((int)c);
        Perm perm = Perm.Read | Perm.Write;
        Console.WriteLine(perm.ToString());
        Console.WriteLine((perm & Perm.Write) == Perm.Write);
        object boxed = p;
        Point unboxed = (Point)boxed;
        Console.WriteLine(unboxed.Y);
    }
}
