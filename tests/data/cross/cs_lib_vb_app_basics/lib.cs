using System;
using System.Collections.Generic;

namespace Shop
{
    public static class Tax
    {
        public const int RatePercent = 20;
        public static int Add(int cents) { return cents + cents * RatePercent / 100; }
    }

    public interface IPriced
    {
        int Cents { get; }
        string Describe();
    }

    public abstract class Item : IPriced
    {
        protected Item(string name) { Name = name; }
        public string Name { get; private set; }
        public abstract int Cents { get; }
        public virtual string Describe() { return Name + " @ " + Cents; }
    }

    public class Book : Item
    {
        private readonly int pages;
        public Book(string name, int pages) : base(name) { this.pages = pages; }
        public override int Cents { get { return 500 + pages; } }
    }

    public class Cart<T>
    {
        private readonly List<T> items = new List<T>();
        private readonly Func<T, IPriced> view;
        public Cart(Func<T, IPriced> view) { this.view = view; }
        public event EventHandler<string> Added;
        public void Add(T item)
        {
            items.Add(item);
            if (Added != null) Added(this, view(item).Describe());
        }
        public int Total(Func<int, int> adjust)
        {
            int sum = 0;
            foreach (var i in items) sum += adjust(view(i).Cents);
            return sum;
        }
        public int Count { get { return items.Count; } }
    }

    public class OutOfStockException : Exception
    {
        public OutOfStockException(string what) : base(what + " is out of stock") { }
    }

    public static class Warehouse
    {
        public static void Take(string what) { throw new OutOfStockException(what); }
    }
}
