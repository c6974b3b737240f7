// test: mono-run
using System;

class Version
{
    public int Major, Minor;
    public Version(int major, int minor) { Major = major; Minor = minor; }

    static int Compare(Version a, Version b)
    {
        if (a.Major != b.Major) return a.Major < b.Major ? -1 : 1;
        if (a.Minor != b.Minor) return a.Minor < b.Minor ? -1 : 1;
        return 0;
    }

    public static bool operator <(Version a, Version b) { return Compare(a, b) < 0; }
    public static bool operator >(Version a, Version b) { return Compare(a, b) > 0; }
    public static bool operator <=(Version a, Version b) { return Compare(a, b) <= 0; }
    public static bool operator >=(Version a, Version b) { return Compare(a, b) >= 0; }
    public static bool operator ==(Version a, Version b)
    {
        if (object.ReferenceEquals(a, b)) return true;
        if ((object)a == null || (object)b == null) return false;
        return Compare(a, b) == 0;
    }
    public static bool operator !=(Version a, Version b) { return !(a == b); }
    public static bool operator true(Version v) { return v.Major > 0; }
    public static bool operator false(Version v) { return v.Major == 0; }

    public override bool Equals(object o) { return this == (o as Version); }
    public override int GetHashCode() { return Major * 1000 + Minor; }
    public override string ToString() { return Major + "." + Minor; }
}

class Program
{
    static void Main()
    {
        Version v1 = new Version(1, 2), v2 = new Version(1, 10), v3 = new Version(2, 0);
        Console.WriteLine(v1 < v2);
        Console.WriteLine(v2 > v3);
        Console.WriteLine(v1 <= new Version(1, 2));
        Console.WriteLine(v3 >= v2);
        Console.WriteLine(v1 == new Version(1, 2));
        Console.WriteLine(v1 != v2);
        Version none = null;
        Console.WriteLine(none == null);
        Console.WriteLine(v1 == none);
        Version[] all = { v3, v1, v2, new Version(0, 9) };
        for (int i = 0; i < all.Length; i++)
            for (int j = i + 1; j < all.Length; j++)
                if (all[j] < all[i]) { Version t = all[i]; all[i] = all[j]; all[j] = t; }
        foreach (Version v in all) Console.Write(v + " ");
        Console.WriteLine();
        if (v1) Console.WriteLine("v1 is truthy");
        if (new Version(0, 1)) Console.WriteLine("never"); else Console.WriteLine("0.1 is falsy");
    }
}
