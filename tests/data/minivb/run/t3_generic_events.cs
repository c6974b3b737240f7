using System;
using System.Collections.Generic;

public class ObservableList<T>
{
    private readonly List<T> items = new List<T>();
    public delegate void ItemAddedEventHandler(T item, int index);
    public event ItemAddedEventHandler ItemAdded;
    public event EventHandler Cleared;
    public void Add(T item) { items.Add(item); if (ItemAdded != null) ItemAdded(item, items.Count - 1); }
    public void Clear() { items.Clear(); if (Cleared != null) Cleared(this, EventArgs.Empty); }
    public int Count { get { return items.Count; } }
}

static class Program
{
    static void Main()
    {
        var names = new ObservableList<string>();
        var log = new List<string>();
        names.ItemAdded += (item, index) => log.Add(index + ":" + item);
        names.Cleared += (s, e) => log.Add("cleared");
        names.Add("ann");
        names.Add("bob");
        names.Clear();
        names.Add("cy");
        Console.WriteLine(string.Join(" ", log));
        var numbers = new ObservableList<int>();
        int sum = 0;
        numbers.ItemAdded += (n, i) => sum += n;
        for (int k = 1; k <= 10; k++) numbers.Add(k);
        Console.WriteLine(sum + " " + numbers.Count);
    }
}
