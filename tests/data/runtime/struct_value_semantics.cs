// test: mono-run
using System;
struct Point {
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public void Move(int dx) { X += dx; }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}
class Program {
    static void Bump(Point p) { p.X = 100; }
    static void BumpRef(ref Point p) { p.X = 100; }
    static void Main() {
        var a = new Point(1, 2);
        var b = a;
        b.Move(5);
        Console.WriteLine(a + " " + b);
        Bump(a);
        Console.WriteLine(a);
        BumpRef(ref a);
        Console.WriteLine(a);
        Point[] ps = new Point[2];
        ps[1].Move(3);
        Console.WriteLine(ps[0] + " " + ps[1]);
        object boxed = a;
        a.X = -1;
        Console.WriteLine(boxed + " " + a);
        Console.WriteLine(default(Point).Equals(new Point()));
    }
}
