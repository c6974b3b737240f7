using System;

public class Point3
{
    public int X, Y, Z;
    public Point3(int x, int y, int z) { X = x; Y = y; Z = z; }
    public override string ToString() { return string.Format("Point3({0}, {1}, {2})", X, Y, Z); }
    public override bool Equals(object obj) { var p = obj as Point3; if (p == null) return false; return p.X == X && p.Y == Y && p.Z == Z; }
    public override int GetHashCode() { return (X * 31 + Y) * 31 + Z; }
    public Point3 Clone() { return (Point3)MemberwiseClone(); }
}

static class Program
{
    static void Main()
    {
        var a = new Point3(1, 2, 3);
        var b = a.Clone();
        Console.WriteLine(a.ToString());
        Console.WriteLine(a.Equals(b) + " " + (a == b) + " " + object.ReferenceEquals(a, b));
        b.Z = 9;
        Console.WriteLine(a.Equals(b) + " " + a.Z);
        Console.WriteLine(a.GetHashCode() == new Point3(1, 2, 3).GetHashCode());
        Console.WriteLine(a.GetType().Name + " " + typeof(Point3).FullName);
        object o = a;
        Console.WriteLine(o.ToString());
        Console.WriteLine(object.Equals(null, null) + " " + object.Equals(a, null));
        Console.WriteLine(42.ToString() + true.ToString() + 'x'.ToString());
    }
}
