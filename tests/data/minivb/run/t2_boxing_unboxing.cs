using System;
using System.Collections;

static class Program
{
    static string Describe(object o)
    {
        if (o == null) return "nothing";
        if (o is int) return "int " + (int)o;
        if (o is string) return "string " + (string)o;
        if (o is double) return "double " + ((double)o).ToString("F1");
        if (o is bool) return "bool " + (bool)o;
        return "other " + o.GetType().Name;
    }

    static void Main()
    {
        var items = new ArrayList();
        items.Add(1);
        items.Add("two");
        items.Add(3.0);
        items.Add(true);
        items.Add(null);
        items.Add(new Version(1, 2));
        items.Add('c');
        foreach (object it in items) Console.WriteLine(Describe(it));
        object boxed = 41;
        int n = (int)boxed + 1;
        Console.WriteLine(n);
        Console.WriteLine(boxed.Equals(41) + " " + boxed.Equals(41L));
        var h = new Hashtable();
        h["k"] = 10;
        Console.WriteLine((int)h["k"] * 2);
        object o1 = 5, o2 = 5;
        Console.WriteLine(o1 == o2);
        Console.WriteLine(o1.Equals(o2));
        IComparable i = 3;
        Console.WriteLine(i.CompareTo(2));
    }
}
