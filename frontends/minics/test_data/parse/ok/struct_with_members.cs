public struct Point { public int X, Y; public Point(int x, int y) { X = x; Y = y; } public override bool Equals(object o) => o is Point p && p.X == X; public override int GetHashCode() => X ^ Y; }
