using System;
using Shop;

public class Pen : Item
{
    public Pen() : base("pen") { }
    public override int Cents { get { return 150; } }
    public override string Describe() { return "a " + base.Describe(); }
}

public class GiftCard : IPriced
{
    public int Cents { get { return 1000; } }
    public string Describe() { return "gift card"; }
}

static class App
{
    static void Main()
    {
        Console.WriteLine(Tax.Add(1000));
        Console.WriteLine(Tax.RatePercent);
        var cart = new Cart<IPriced>(p => p);
        cart.Added += (sender, what) => Console.WriteLine("added " + what);
        cart.Add(new Book("vb in a day", 120));
        cart.Add(new Pen());
        cart.Add(new GiftCard());
        Console.WriteLine(cart.Count);
        Console.WriteLine(cart.Total(c => c));
        Console.WriteLine(cart.Total(Tax.Add));
        try { Warehouse.Take("ink"); }
        catch (OutOfStockException ex) { Console.WriteLine("caught: " + ex.Message); }
    }
}
