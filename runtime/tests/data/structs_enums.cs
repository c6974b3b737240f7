// Structs with value semantics, boxing and unboxing, enums with ToString and [Flags].
using System;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public void Move(int dx, int dy) { X += dx; Y += dy; }
    public int Dist { get { return Math.Abs(X) + Math.Abs(Y); } }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}

struct Line
{
    public Point A, B;
    public string Name;
    public Line(Point a, Point b, string name) { A = a; B = b; Name = name; }
    public int Length() { return Math.Abs(A.X - B.X) + Math.Abs(A.Y - B.Y); }
}

enum Color { Red, Green = 5, Blue }

[Flags]
enum Access { None = 0, Read = 1, Write = 2, Exec = 4 }

class Program
{
    static Point Mirror(Point p) { p.X = -p.X; return p; }
    static void Shift(ref Point p) { p.Move(1, 1); }
    static void Make(out Point p) { p = new Point(9, 9); }

    static void Main()
    {
        Point a = new Point(1, 2);
        Point b = a;
        b.Move(10, 10);
        Console.WriteLine(a + " " + b);
        Console.WriteLine(Mirror(a) + " " + a);
        Shift(ref a);
        Console.WriteLine(a + " " + a.Dist);
        Point m;
        Make(out m);
        Console.WriteLine(m);
        Point[] ps = new Point[3];
        ps[1].Move(2, 3);
        ps[2] = ps[1];
        ps[2].X = 7;
        Console.WriteLine(ps[0] + " " + ps[1] + " " + ps[2]);
        Line l = new Line(a, b, "ab");
        Console.WriteLine(l.Name + " " + l.Length() + " " + l.A + " " + l.B);
        object boxed = a;
        a.X = 100;
        Point unboxed = (Point)boxed;
        Console.WriteLine(boxed + " " + unboxed + " " + a);
        object n = 42;
        int k = (int)n + 1;
        Console.WriteLine(k + " " + n.Equals(42) + " " + n.Equals(43) + " " + (n is int) + " " + (n is long));
        Console.WriteLine(new Point(3, 4).Equals(new Point(3, 4)) + " " + new Point(3, 4).Equals(new Point(4, 3)));
        Color c = Color.Blue;
        Console.WriteLine(c + " " + (int)c + " " + Color.Red + " " + (Color)5);
        Access acc = Access.Read | Access.Exec;
        Console.WriteLine(acc + " " + (acc & Access.Write) + " " + ((acc & Access.Read) != 0));
        object e = Color.Green;
        Console.WriteLine(e.ToString() + " " + (Color)e);
        double dd = 2.5;
        object bd = dd;
        Console.WriteLine((double)bd * 2 + " " + bd);
        long big = 1L << 40;
        object bl = big;
        Console.WriteLine(bl);
        char ch = 'x';
        object bc = ch;
        Console.WriteLine(bc + "" + (char)bc);
        bool flag = true;
        object bb = flag;
        Console.WriteLine(bb);
    }
}
