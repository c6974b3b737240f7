// test: mono-run
using System;
using System.Collections.Generic;

delegate void PriceChanged(string symbol, int oldPrice, int newPrice);

class Market
{
    public event PriceChanged Changed;
    private readonly Dictionary<string, int> prices = new Dictionary<string, int>();

    public void Set(string symbol, int price)
    {
        int old;
        if (!prices.TryGetValue(symbol, out old)) old = 0;
        prices[symbol] = price;
        PriceChanged handler = Changed;
        if (handler != null) handler(symbol, old, price);
    }
}

class Trader
{
    private readonly string name;
    private readonly int threshold;
    public Trader(string name, int threshold) { this.name = name; this.threshold = threshold; }

    public void Subscribe(Market m) { m.Changed += OnChanged; }
    public void Unsubscribe(Market m) { m.Changed -= OnChanged; }

    private void OnChanged(string s, int oldP, int newP)
    {
        if (newP - oldP >= threshold) Console.WriteLine(name + " buys " + s + " at " + newP);
        else Console.WriteLine(name + " ignores " + s);
    }
}

class Program
{
    static void Main()
    {
        Market m = new Market();
        Trader bold = new Trader("bold", 1);
        Trader careful = new Trader("careful", 10);
        bold.Subscribe(m);
        careful.Subscribe(m);
        m.Set("ACME", 5);
        m.Set("ACME", 20);
        careful.Unsubscribe(m);
        m.Set("ACME", 21);
        bold.Unsubscribe(m);
        m.Set("ACME", 100);
        Console.WriteLine("done");
    }
}
