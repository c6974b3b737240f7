// test: mono-run
using System;

class Shape { }
class Circle : Shape { public double R = 2; }
class Square : Shape { public double Side = 3; }

class Program
{
    static string Area(Shape s)
    {
        if (s is Circle c) return "circle " + (3 * c.R * c.R);
        if (s is Square sq && sq.Side > 0) return "square " + (sq.Side * sq.Side);
        return "unknown";
    }

    static int Sum(object[] items)
    {
        int total = 0;
        foreach (object o in items)
        {
            if (o is int i) total += i;
            else if (o is string str && str.Length > 0) total += str.Length;
            else if (o is long l) total += (int)l;
        }
        return total;
    }

    static void Main()
    {
        Console.WriteLine(Area(new Circle()));
        Console.WriteLine(Area(new Square()));
        Console.WriteLine(Area(new Shape()));
        Console.WriteLine(Area(null));
        Console.WriteLine(Sum(new object[] { 1, "four", 10L, 2.5, "", null, 5 }));
        object o = "pattern";
        if (!(o is string text))
        {
            Console.WriteLine("not a string");
        }
        else
        {
            Console.WriteLine(text.ToUpper());
        }
        object n = 42;
        Console.WriteLine(n is int k && k > 40 ? "big int " + k : "other");
    }
}
