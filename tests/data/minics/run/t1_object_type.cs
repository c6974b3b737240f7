// test: mono-run
using System;

class Program
{
    static string Describe(object o)
    {
        if (o == null) return "null";
        return o.GetType().Name + ":" + o.ToString();
    }

    static void Main()
    {
        object[] things = { 42, 42L, 'c', "str", 2.5, true, (byte)7, 3.5f, (short)-1, 9u, null, new object() };
        foreach (object o in things) Console.WriteLine(Describe(o));
        object a = 5, b = 5;
        Console.WriteLine(a == b);
        Console.WriteLine(a.Equals(b));
        Console.WriteLine(object.Equals(a, b));
        Console.WriteLine(object.Equals(null, null));
        Console.WriteLine(object.Equals(a, null));
        object s1 = "x";
        Console.WriteLine(s1.Equals("x"));
        object x = new object();
        object y = x;
        Console.WriteLine(object.ReferenceEquals(x, y));
        Console.WriteLine(x.Equals(new object()));
        Console.WriteLine(x.ToString());
        Console.WriteLine(7.GetType().Name);
        Console.WriteLine("".GetType().Name);
        int[] arr = new int[2];
        object arrObj = arr;
        Console.WriteLine(arrObj.GetType().Name);
    }
}
