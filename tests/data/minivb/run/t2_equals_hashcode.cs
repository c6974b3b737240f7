using System;
using System.Collections.Generic;

public struct Coord
{
    public readonly int X;
    public readonly int Y;
    public Coord(int x, int y) { X = x; Y = y; }
    public override bool Equals(object obj) { if (!(obj is Coord)) return false; var o = (Coord)obj; return o.X == X && o.Y == Y; }
    public override int GetHashCode() { return X * 397 ^ Y; }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}

public class Tag
{
    public readonly string Name;
    public Tag(string name) { Name = name; }
    public override bool Equals(object obj) { var other = obj as Tag; return other != null && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase); }
    public override int GetHashCode() { return Name.ToLowerInvariant().GetHashCode(); }
}

static class Program
{
    static void Main()
    {
        var visited = new HashSet<Coord>();
        Coord[] path = { new Coord(0, 0), new Coord(1, 0), new Coord(1, 1), new Coord(0, 0), new Coord(1, 0) };
        foreach (var c in path) if (!visited.Add(c)) Console.WriteLine("revisit " + c.ToString());
        Console.WriteLine(visited.Count);
        var tags = new Dictionary<Tag, int>();
        foreach (var t in new string[] { "VB", "vb", "Net", "NET", "vB", "mono" })
        {
            var key = new Tag(t);
            if (tags.ContainsKey(key)) tags[key] += 1; else tags.Add(key, 1);
        }
        foreach (var kv in tags) Console.WriteLine(kv.Key.Name + " " + kv.Value);
        Console.WriteLine(new Coord(2, 3).Equals(new Coord(2, 3)) + " " + new Tag("a").Equals(null));
    }
}
