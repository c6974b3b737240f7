// test: mono-run
using System;
using System.Collections.Generic;

class Widget
{
    public static int Made;
    public int Serial;
    public Widget() { Serial = ++Made; }
    public override string ToString() { return "widget" + Serial; }
}

class Pool<T> where T : new()
{
    private readonly List<T> free = new List<T>();
    public T Get()
    {
        if (free.Count == 0) return new T();
        T item = free[free.Count - 1];
        free.RemoveAt(free.Count - 1);
        return item;
    }
    public void Return(T item) { free.Add(item); }
}

class Program
{
    static T[] MakeMany<T>(int n) where T : new()
    {
        T[] r = new T[n];
        for (int i = 0; i < n; i++) r[i] = new T();
        return r;
    }

    static void Main()
    {
        Pool<Widget> pool = new Pool<Widget>();
        Widget a = pool.Get();
        Widget b = pool.Get();
        pool.Return(a);
        Widget c = pool.Get();
        Console.WriteLine(a + " " + b + " " + c + " made=" + Widget.Made);
        Widget[] many = MakeMany<Widget>(3);
        Console.WriteLine(many[2] + " made=" + Widget.Made);
        int[] zeros = MakeMany<int>(2);
        Console.WriteLine(zeros[0] + zeros[1]);
        Pool<List<int>> listPool = new Pool<List<int>>();
        List<int> l = listPool.Get();
        l.Add(5);
        Console.WriteLine(l.Count);
    }
}
