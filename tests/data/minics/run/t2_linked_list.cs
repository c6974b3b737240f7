// test: mono-run
using System;

class IntList
{
    private class Node
    {
        public int Value;
        public Node Next;
        public Node(int v, Node n) { Value = v; Next = n; }
    }

    private Node head;
    private int count;

    public int Count { get { return count; } }

    public void AddFirst(int v) { head = new Node(v, head); count++; }

    public void AddLast(int v)
    {
        Node n = new Node(v, null);
        if (head == null) head = n;
        else
        {
            Node cur = head;
            while (cur.Next != null) cur = cur.Next;
            cur.Next = n;
        }
        count++;
    }

    public bool Remove(int v)
    {
        Node prev = null;
        for (Node cur = head; cur != null; prev = cur, cur = cur.Next)
        {
            if (cur.Value != v) continue;
            if (prev == null) head = cur.Next; else prev.Next = cur.Next;
            count--;
            return true;
        }
        return false;
    }

    public void Reverse()
    {
        Node prev = null, cur = head;
        while (cur != null)
        {
            Node next = cur.Next;
            cur.Next = prev;
            prev = cur;
            cur = next;
        }
        head = prev;
    }

    public override string ToString()
    {
        string s = "[";
        for (Node n = head; n != null; n = n.Next) s += n.Value + (n.Next != null ? ", " : "");
        return s + "]";
    }
}

class Program
{
    static void Main()
    {
        IntList l = new IntList();
        for (int i = 1; i <= 5; i++) l.AddLast(i * i);
        l.AddFirst(0);
        Console.WriteLine(l + " count " + l.Count);
        Console.WriteLine(l.Remove(9) + " " + l.Remove(7) + " " + l.Remove(0));
        Console.WriteLine(l);
        l.Reverse();
        Console.WriteLine(l + " count " + l.Count);
        Console.WriteLine(new IntList());
    }
}
