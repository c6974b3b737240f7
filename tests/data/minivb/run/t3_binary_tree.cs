using System;
using System.Collections.Generic;

public class Tree<T> where T : IComparable<T>
{
    private class TreeNode { public T Value; public TreeNode Left; public TreeNode Right; }
    private TreeNode root;
    private int size;

    public void Insert(T value) { root = Insert(root, value); }

    private TreeNode Insert(TreeNode node, T value)
    {
        if (node == null) { size += 1; return new TreeNode { Value = value }; }
        var c = value.CompareTo(node.Value);
        if (c < 0) node.Left = Insert(node.Left, value);
        else if (c > 0) node.Right = Insert(node.Right, value);
        return node;
    }

    public bool Contains(T value)
    {
        var cur = root;
        while (cur != null)
        {
            var c = value.CompareTo(cur.Value);
            if (c == 0) return true;
            cur = c < 0 ? cur.Left : cur.Right;
        }
        return false;
    }

    public List<T> InOrder() { var o = new List<T>(); Walk(root, v => o.Add(v)); return o; }

    private void Walk(TreeNode node, Action<T> visit)
    {
        if (node == null) return;
        Walk(node.Left, visit);
        visit(node.Value);
        Walk(node.Right, visit);
    }

    public int Height() { return Height(root); }
    private int Height(TreeNode node) { if (node == null) return 0; return 1 + Math.Max(Height(node.Left), Height(node.Right)); }
    public int Count { get { return size; } }
}

static class Program
{
    static void Main()
    {
        var t = new Tree<int>();
        foreach (var v in new int[] { 50, 30, 70, 20, 40, 60, 80, 30 }) t.Insert(v);
        Console.WriteLine(t.Count);
        Console.WriteLine(string.Join(" ", t.InOrder()));
        Console.WriteLine(t.Contains(60) + " " + t.Contains(65));
        Console.WriteLine(t.Height());
        var words = new Tree<string>();
        foreach (var w in "the quick brown fox jumps over the lazy dog".Split(' ')) words.Insert(w);
        Console.WriteLine(string.Join(",", words.InOrder()));
    }
}
