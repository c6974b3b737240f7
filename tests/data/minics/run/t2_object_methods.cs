// test: mono-run
using System;

class Item
{
    public int Id;
    public Item(int id) { Id = id; }
}

class Keyed
{
    public int Id;
    public Keyed(int id) { Id = id; }
    public override bool Equals(object o) { Keyed k = o as Keyed; return k != null && k.Id == Id; }
    public override int GetHashCode() { return Id; }
}

namespace Shop.Models
{
    class Product { }
}

class Program
{
    static void Main()
    {
        Item a = new Item(1), b = new Item(1);
        Console.WriteLine(a.Equals(b));
        Console.WriteLine(a.Equals(a));
        Console.WriteLine(object.ReferenceEquals(a, b));
        Keyed k1 = new Keyed(5), k2 = new Keyed(5);
        Console.WriteLine(k1.Equals(k2));
        Console.WriteLine(k1 == k2);
        Console.WriteLine(object.Equals(k1, k2));
        Console.WriteLine(k1.GetHashCode() + k2.GetHashCode());
        Console.WriteLine(a.ToString());
        Console.WriteLine(new Shop.Models.Product().ToString());
        Console.WriteLine(new Shop.Models.Product().GetType().Name);
        Console.WriteLine(12.GetHashCode());
        Console.WriteLine(true.GetHashCode());
        Console.WriteLine('A'.GetHashCode() == 'A'.GetHashCode());
        Console.WriteLine(a.GetHashCode() == a.GetHashCode());
        object o = k1;
        Console.WriteLine(o.Equals(new Keyed(5)));
        Console.WriteLine(o.GetType().Name);
    }
}
