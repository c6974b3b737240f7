// test: mono-run
using System;

class Rect
{
    private int width = Log("width initializer", 1);
    private int height;
    private string name;

    static int Log(string what, int v)
    {
        Console.WriteLine("  " + what);
        return v;
    }

    public Rect() : this(1, 1)
    {
        Console.WriteLine("  Rect()");
    }

    public Rect(int side) : this(side, side, "square")
    {
        Console.WriteLine("  Rect(int)");
    }

    public Rect(int w, int h) : this(w, h, "rect")
    {
        Console.WriteLine("  Rect(int,int)");
    }

    public Rect(int w, int h, string n)
    {
        Console.WriteLine("  Rect(int,int,string) width was " + width);
        width = w;
        height = h;
        name = n;
    }

    public override string ToString() { return name + " " + width + "x" + height; }
}

class Program
{
    static void Main()
    {
        Console.WriteLine("new Rect():");
        Console.WriteLine(new Rect());
        Console.WriteLine("new Rect(3):");
        Console.WriteLine(new Rect(3));
        Console.WriteLine("new Rect(2, 5):");
        Console.WriteLine(new Rect(2, 5));
        Console.WriteLine("new Rect(4, 6, \"custom\"):");
        Console.WriteLine(new Rect(4, 6, "custom"));
    }
}
