// test: mono-run
using System;
using System.Collections.Generic;

class RingQueue<T> : IEnumerable<T>
{
    private T[] buffer;
    private int head, count;

    public RingQueue(int capacity) { buffer = new T[capacity]; }

    public int Count { get { return count; } }

    public void Enqueue(T item)
    {
        if (count == buffer.Length)
        {
            T[] bigger = new T[buffer.Length * 2];
            for (int i = 0; i < count; i++) bigger[i] = buffer[(head + i) % buffer.Length];
            buffer = bigger;
            head = 0;
        }
        buffer[(head + count) % buffer.Length] = item;
        count++;
    }

    public T Dequeue()
    {
        if (count == 0) throw new InvalidOperationException("queue empty");
        T item = buffer[head];
        buffer[head] = default(T);
        head = (head + 1) % buffer.Length;
        count--;
        return item;
    }

    public IEnumerator<T> GetEnumerator()
    {
        List<T> snapshot = new List<T>();
        for (int i = 0; i < count; i++) snapshot.Add(buffer[(head + i) % buffer.Length]);
        return snapshot.GetEnumerator();
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() { return GetEnumerator(); }
}

class Program
{
    static void Main()
    {
        RingQueue<string> q = new RingQueue<string>(2);
        q.Enqueue("a");
        q.Enqueue("b");
        Console.WriteLine(q.Dequeue());
        q.Enqueue("c");
        q.Enqueue("d");
        q.Enqueue("e");
        Console.WriteLine(q.Count);
        foreach (string s in q) Console.Write(s + " ");
        Console.WriteLine();
        while (q.Count > 0) Console.Write(q.Dequeue());
        Console.WriteLine();
        try
        {
            q.Dequeue();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
        RingQueue<int> nums = new RingQueue<int>(1);
        for (int i = 0; i < 10; i++) nums.Enqueue(i * i);
        int sum = 0;
        foreach (int n in nums) sum += n;
        Console.WriteLine(sum);
    }
}
