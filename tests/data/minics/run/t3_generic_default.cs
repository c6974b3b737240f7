// test: mono-run
using System;
using System.Collections.Generic;

class Program
{
    static T OrDefault<T>(List<T> items, int index)
    {
        return index >= 0 && index < items.Count ? items[index] : default(T);
    }

    static string Show<T>(T value)
    {
        return value == null ? "null" : value.GetType().Name + " " + value;
    }

    static bool IsDefault<T>(T value)
    {
        return object.Equals(value, default(T));
    }

    struct Point { public int X, Y; public override string ToString() { return X + "," + Y; } }

    static void Main()
    {
        List<int> ints = new List<int> { 4, 5 };
        List<string> strs = new List<string> { "a" };
        Console.WriteLine(OrDefault(ints, 1));
        Console.WriteLine(OrDefault(ints, 9));
        Console.WriteLine(OrDefault(strs, 9) == null);
        Console.WriteLine(Show(default(int)));
        Console.WriteLine(Show(default(bool)));
        Console.WriteLine(Show(default(string)));
        Console.WriteLine(Show(default(double)));
        Console.WriteLine(Show(default(char) == '\0'));
        Console.WriteLine(Show(default(Point)));
        Console.WriteLine(Show<object>(null));
        Console.WriteLine(Show<int?>(null));
        Console.WriteLine(Show<int?>(3));
        Console.WriteLine(IsDefault(0) + " " + IsDefault(1) + " " + IsDefault<string>(null) + " " + IsDefault("x"));
    }
}
