// test: mono-run
using System;
using System.Collections.Generic;

class Tree
{
    public int Value;
    public Tree Left, Right;

    public Tree(int v) { Value = v; }

    public void Insert(int v)
    {
        if (v < Value) { if (Left == null) Left = new Tree(v); else Left.Insert(v); }
        else { if (Right == null) Right = new Tree(v); else Right.Insert(v); }
    }

    public IEnumerable<int> InOrder()
    {
        if (Left != null) foreach (int v in Left.InOrder()) yield return v;
        yield return Value;
        if (Right != null) foreach (int v in Right.InOrder()) yield return v;
    }

    public IEnumerable<int> BreadthFirst()
    {
        List<Tree> level = new List<Tree> { this };
        while (level.Count > 0)
        {
            List<Tree> next = new List<Tree>();
            foreach (Tree t in level)
            {
                yield return t.Value;
                if (t.Left != null) next.Add(t.Left);
                if (t.Right != null) next.Add(t.Right);
            }
            level = next;
        }
    }
}

class Program
{
    static void Main()
    {
        Tree root = new Tree(50);
        foreach (int v in new int[] { 30, 70, 20, 40, 60, 80, 35, 65 }) root.Insert(v);
        foreach (int v in root.InOrder()) Console.Write(v + " ");
        Console.WriteLine();
        foreach (int v in root.BreadthFirst()) Console.Write(v + " ");
        Console.WriteLine();
        int count = 0;
        foreach (int v in root.InOrder()) if (v > 45) count++;
        Console.WriteLine(count);
    }
}
