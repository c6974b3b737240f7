using System;
using System.Collections.Generic;
using Algo;

public class Printer : Counter<string>
{
    public override void Visit(string item) { base.Visit(item); Console.Write(item + " "); }
}

public class Summer : IVisitor<int>
{
    public int Total;
    public void Visit(int item) { Total += item; }
}

static class App
{
    static void Main()
    {
        var g = new Graph<string>();
        g.Connect("a", "b");
        g.Connect("a", "c");
        g.Connect("b", "d");
        g.Connect("c", "d");
        g.Connect("d", "e");
        var p = new Printer();
        g.BreadthFirst("a", p);
        Console.WriteLine();
        Console.WriteLine(p.Count);
        var n = new Graph<int>();
        for (int i = 1; i <= 9; i++) n.Connect(i, i + 1);
        var s = new Summer();
        n.BreadthFirst(5, s);
        Console.WriteLine(s.Total);
        Console.WriteLine(Graph<int>.Max(new List<int> { 4, 11, 7 }));
        Console.WriteLine(Graph<string>.Max(new string[] { "pear", "zucchini", "apple" }));
    }
}
