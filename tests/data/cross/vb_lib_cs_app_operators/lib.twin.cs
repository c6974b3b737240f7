using System;

public struct Vector2
{
    public readonly double X;
    public readonly double Y;
    public Vector2(double x, double y) { X = x; Y = y; }
    public static Vector2 operator +(Vector2 a, Vector2 b) { return new Vector2(a.X + b.X, a.Y + b.Y); }
    public static Vector2 operator -(Vector2 a, Vector2 b) { return new Vector2(a.X - b.X, a.Y - b.Y); }
    public static Vector2 operator *(double k, Vector2 v) { return new Vector2(k * v.X, k * v.Y); }
    public static bool operator ==(Vector2 a, Vector2 b) { return a.X == b.X && a.Y == b.Y; }
    public static bool operator !=(Vector2 a, Vector2 b) { return !(a == b); }
    public static explicit operator double(Vector2 v) { return Math.Sqrt(v.X * v.X + v.Y * v.Y); }
    public double Length { get { return (double)this; } }
    public override bool Equals(object o) { return o is Vector2 && this == (Vector2)o; }
    public override int GetHashCode() { return 0; }
    public override string ToString() { return "(" + X.ToString("R") + ", " + Y.ToString("R") + ")"; }
}
