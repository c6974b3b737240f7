using System;
using System.Collections.Generic;

public class PriorityQueue<T>
{
    private readonly List<T> heap = new List<T>();
    private readonly IComparer<T> cmp;
    public PriorityQueue(IComparer<T> cmp) { this.cmp = cmp; }
    public int Count { get { return heap.Count; } }
    public void Push(T item)
    {
        heap.Add(item);
        var i = heap.Count - 1;
        while (i > 0) { var parent = (i - 1) / 2; if (cmp.Compare(heap[i], heap[parent]) >= 0) break; Swap(i, parent); i = parent; }
    }
    public T Pop()
    {
        if (heap.Count == 0) throw new InvalidOperationException("empty queue");
        var top = heap[0];
        heap[0] = heap[heap.Count - 1];
        heap.RemoveAt(heap.Count - 1);
        int i = 0;
        while (true)
        {
            int l = 2 * i + 1, r = 2 * i + 2, smallest = i;
            if (l < heap.Count && cmp.Compare(heap[l], heap[smallest]) < 0) smallest = l;
            if (r < heap.Count && cmp.Compare(heap[r], heap[smallest]) < 0) smallest = r;
            if (smallest == i) break;
            Swap(i, smallest);
            i = smallest;
        }
        return top;
    }
    private void Swap(int a, int b) { var t = heap[a]; heap[a] = heap[b]; heap[b] = t; }
}

public class ByLength : IComparer<string>
{
    public int Compare(string x, string y) { if (x.Length != y.Length) return x.Length.CompareTo(y.Length); return string.CompareOrdinal(x, y); }
}

static class Program
{
    static void Main()
    {
        var q = new PriorityQueue<int>(Comparer<int>.Default);
        foreach (var n in new int[] { 5, 3, 9, 1, 7, 2, 8 }) q.Push(n);
        while (q.Count > 0) Console.Write(q.Pop() + " ");
        Console.WriteLine();
        var w = new PriorityQueue<string>(new ByLength());
        foreach (var s in "the quick brown fox jumps over a lazy dog".Split(' ')) w.Push(s);
        Console.WriteLine(w.Pop() + " " + w.Pop() + " " + w.Pop());
        try { var e = new PriorityQueue<int>(Comparer<int>.Default); e.Pop(); }
        catch (InvalidOperationException ex) { Console.WriteLine(ex.Message); }
    }
}
