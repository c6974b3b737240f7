using System;
using System.Collections;
using System.Collections.Generic;

public class Range : IEnumerable<int>
{
    private readonly int first;
    private readonly int last;
    public Range(int first, int last) { this.first = first; this.last = last; }
    public IEnumerator<int> GetEnumerator() { return new RangeEnumerator(first, last); }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

    private class RangeEnumerator : IEnumerator<int>
    {
        private int current_;
        private readonly int last;
        public RangeEnumerator(int first, int last) { current_ = first - 1; this.last = last; }
        public int Current { get { return current_; } }
        object IEnumerator.Current { get { return current_; } }
        public bool MoveNext() { current_ += 1; return current_ <= last; }
        public void Reset() { throw new NotSupportedException(); }
        public void Dispose() { Console.WriteLine("enumerator disposed"); }
    }
}

static class Program
{
    static int Total(IEnumerable<int> xs) { int sum = 0; foreach (var x in xs) sum += x; return sum; }

    static void Main()
    {
        foreach (var i in new Range(1, 4)) Console.Write(i + " ");
        Console.WriteLine();
        Console.WriteLine(Total(new Range(1, 100)));
        Console.WriteLine(Total(new List<int> { 1, 2, 3 }));
        Console.WriteLine(Total(new int[] { 10, 20 }));
        var q = new Queue<string>();
        q.Enqueue("a");
        q.Enqueue("b");
        while (q.Count > 0) Console.Write(q.Dequeue());
        Console.WriteLine();
        var st = new Stack<int>();
        foreach (var n in new Range(1, 3)) st.Push(n * n);
        Console.WriteLine(st.Pop() + " " + st.Peek());
    }
}
