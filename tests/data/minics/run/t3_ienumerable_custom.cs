// test: mono-run
using System;
using System.Collections;
using System.Collections.Generic;

class Range : IEnumerable<int>
{
    private readonly int start, end, step;
    public Range(int start, int end, int step) { this.start = start; this.end = end; this.step = step; }

    public IEnumerator<int> GetEnumerator() { return new RangeEnumerator(this); }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

    public static int Disposals;

    private class RangeEnumerator : IEnumerator<int>
    {
        private readonly Range owner;
        private int current;
        private bool started;

        public RangeEnumerator(Range r) { owner = r; }

        public int Current { get { return current; } }
        object IEnumerator.Current { get { return current; } }

        public bool MoveNext()
        {
            if (!started) { current = owner.start; started = true; }
            else current += owner.step;
            return current < owner.end;
        }

        public void Reset() { started = false; }
        public void Dispose() { Disposals++; }
    }
}

class Program
{
    static int Sum(IEnumerable<int> xs)
    {
        int s = 0;
        foreach (int x in xs) s += x;
        return s;
    }

    static void Main()
    {
        Range r = new Range(0, 20, 5);
        foreach (int x in r) Console.Write(x + " ");
        Console.WriteLine();
        Console.WriteLine(Sum(r));
        Console.WriteLine(Sum(new Range(1, 4, 1)));
        Console.WriteLine(Sum(new List<int> { 7, 8 }));
        Console.WriteLine(Sum(new int[] { 1, 1, 1 }));
        IEnumerator<int> e = new Range(3, 7, 2).GetEnumerator();
        while (e.MoveNext()) Console.Write("[" + e.Current + "]");
        Console.WriteLine();
        e.Dispose();
        foreach (int x in new Range(0, 100, 10))
        {
            if (x == 30) break;
            Console.Write(x + " ");
        }
        Console.WriteLine();
        Console.WriteLine("enumerators disposed: " + Range.Disposals);
    }
}
