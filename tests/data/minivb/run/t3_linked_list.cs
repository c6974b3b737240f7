using System;
using System.Collections;
using System.Collections.Generic;

public class Node<T>
{
    public T Value;
    public Node<T> NextNode;
    public Node(T value) { Value = value; }
}

public class LinkedList2<T> : IEnumerable<T>
{
    private Node<T> head;
    private Node<T> tail;
    public int Count { get; private set; }

    public void AddLast(T value)
    {
        var n = new Node<T>(value);
        if (head == null) head = n; else tail.NextNode = n;
        tail = n;
        Count += 1;
    }

    public void AddFirst(T value)
    {
        var n = new Node<T>(value);
        n.NextNode = head;
        head = n;
        if (tail == null) tail = n;
        Count += 1;
    }

    public void Reverse()
    {
        Node<T> prev = null;
        var cur = head;
        tail = head;
        while (cur != null) { var nxt = cur.NextNode; cur.NextNode = prev; prev = cur; cur = nxt; }
        head = prev;
    }

    public IEnumerator<T> GetEnumerator()
    {
        var items = new List<T>();
        var cur = head;
        while (cur != null) { items.Add(cur.Value); cur = cur.NextNode; }
        return items.GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}

static class Program
{
    static void Main()
    {
        var l = new LinkedList2<string>();
        l.AddLast("b");
        l.AddLast("c");
        l.AddFirst("a");
        Console.WriteLine(l.Count);
        Console.WriteLine(string.Join("->", l));
        l.Reverse();
        Console.WriteLine(string.Join("->", l));
        var nums = new LinkedList2<int>();
        for (int i = 1; i <= 5; i++) nums.AddLast(i * i);
        int s = 0;
        foreach (var n in nums) s += n;
        Console.WriteLine(s);
    }
}
