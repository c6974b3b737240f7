using System;
using Parsing;

static class App
{
    static void Main()
    {
        int a, b;
        if (Parser.TryParsePair("3,4", out a, out b)) Console.WriteLine(a * b);
        Console.WriteLine(Parser.TryParsePair("x", out a, out b));
        int v = 150;
        Parser.Normalize(ref v);
        Console.WriteLine(v);
        v = -5;
        Parser.Normalize(ref v, max: 10);
        Console.WriteLine(v);
        v = 50;
        Parser.Normalize(ref v, 60);
        Console.WriteLine(v);
        Console.WriteLine(Parser.Sum() + " " + Parser.Sum(1, 2, 3));
        Console.WriteLine(Parser.Describe("Who"));
        Console.WriteLine(Parser.Describe("Strange", shout: true));
        var g = new Grid();
        g[1, 2] = 7;
        g[1, 2] += 1;
        Console.WriteLine(g[1, 2] + " " + g["b2"]);
    }
}
