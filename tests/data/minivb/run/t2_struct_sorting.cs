using System;
using System.Collections.Generic;

public struct Version : IComparable<Version>
{
    public int Major;
    public int Minor;
    public Version(int major, int minor) { Major = major; Minor = minor; }
    public int CompareTo(Version other) { if (Major != other.Major) return Major.CompareTo(other.Major); return Minor.CompareTo(other.Minor); }
    public override string ToString() { return Major + "." + Minor; }
}

public class ByMinorDescending : IComparer<Version>
{
    public int Compare(Version x, Version y) { return y.Minor.CompareTo(x.Minor); }
}

static class Program
{
    static void Bump(ref Version v) { v.Minor += 1; }

    static void Main()
    {
        Version[] vs = { new Version(2, 1), new Version(1, 9), new Version(2, 0), new Version(1, 10) };
        Array.Sort(vs);
        Console.WriteLine(string.Join(" ", vs));
        Array.Sort(vs, new ByMinorDescending());
        Console.WriteLine(string.Join(" ", vs));
        var v = new Version(3, 4);
        Bump(ref v);
        Console.WriteLine(v);
        Bump(ref vs[0]);
        Console.WriteLine(vs[0]);
        var list = new List<Version>(vs);
        list.Sort();
        Console.WriteLine(list[0].ToString() + " .. " + list[list.Count - 1].ToString());
        Version copy = list[0];
        copy.Major = 99;
        Console.WriteLine(list[0].Major);
        IComparable<Version> c = v;
        Console.WriteLine(c.CompareTo(new Version(3, 5)));
    }
}
