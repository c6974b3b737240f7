// test: mono-run
using System;

enum Color { Red, Green, Blue }

enum Status
{
    Unknown = -1,
    Active = 1,
    Suspended = 5,
    Closed,
}

class Program
{
    static string Next(Color c)
    {
        Color n = (Color)(((int)c + 1) % 3);
        return n.ToString();
    }

    static void Main()
    {
        Color c = Color.Green;
        Console.WriteLine(c);
        Console.WriteLine((int)c);
        Console.WriteLine(c.ToString());
        Console.WriteLine(Next(Color.Blue));
        Console.WriteLine(Status.Closed + " " + (int)Status.Closed);
        Console.WriteLine((int)Status.Unknown);
        Status s = (Status)5;
        Console.WriteLine(s);
        Status undefined = (Status)42;
        Console.WriteLine(undefined);
        Console.WriteLine(Color.Red < Color.Blue);
        Console.WriteLine(c == Color.Green);
        Color def = default(Color);
        Console.WriteLine(def);
        for (Color k = Color.Red; k <= Color.Blue; k++) Console.Write(k + " ");
        Console.WriteLine();
        object boxed = Color.Blue;
        Console.WriteLine(boxed);
        Console.WriteLine(boxed.GetType().Name);
        Console.WriteLine(c.Equals(Color.Green));
        Console.WriteLine($"interpolated {Status.Active}");
        Console.WriteLine(string.Format("{0} {1}", Color.Red, Status.Suspended));
    }
}
