// test: mono-run
using System;

struct Coord
{
    public int X, Y;
    public Coord(int x, int y) { X = x; Y = y; }
}

struct Named
{
    public string Name;
    public int Rank;

    public override bool Equals(object obj)
    {
        if (!(obj is Named)) return false;
        Named other = (Named)obj;
        return Name == other.Name && Rank == other.Rank;
    }

    public override int GetHashCode() { return Rank; }
}

class Program
{
    static void Main()
    {
        Coord a = new Coord(1, 2), b = new Coord(1, 2), c = new Coord(2, 1);
        Console.WriteLine(a.Equals(b));
        Console.WriteLine(a.Equals(c));
        Console.WriteLine(a.Equals((object)b));
        Console.WriteLine(a.Equals("str"));
        object boxedA = a, boxedB = b;
        Console.WriteLine(boxedA == boxedB);
        Console.WriteLine(boxedA.Equals(boxedB));
        Named n1 = new Named { Name = "x", Rank = 1 };
        Named n2 = new Named { Name = "x", Rank = 1 };
        Named n3 = new Named { Name = "y", Rank = 1 };
        Console.WriteLine(n1.Equals(n2) + " " + n1.Equals(n3));
        Console.WriteLine(n1.GetHashCode());
        Console.WriteLine(default(Coord).Equals(new Coord()));
        Console.WriteLine(a.ToString());
    }
}
