using System;
using System.Collections.Generic;

public class Product
{
    public string Sku { get; }
    public string Name { get; set; }
    public int Price { get; set; }
    public int Stock { get; set; }
    public Product(string sku, string name, int price, int stock) { Sku = sku; Name = name; Price = price; Stock = stock; }
}

public class Inventory
{
    private readonly Dictionary<string, Product> products = new Dictionary<string, Product>(StringComparer.OrdinalIgnoreCase);
    public delegate void LowStockEventHandler(Product p);
    public event LowStockEventHandler LowStock;
    public int Threshold { get; set; } = 2;
    public void Add(Product p) { products.Add(p.Sku, p); }
    public int Sell(string sku, int qty)
    {
        Product p;
        if (!products.TryGetValue(sku, out p)) throw new KeyNotFoundException("unknown sku " + sku);
        if (qty > p.Stock) throw new InvalidOperationException("only " + p.Stock + " " + p.Name + " left");
        p.Stock -= qty;
        if (p.Stock <= Threshold && LowStock != null) LowStock(p);
        return qty * p.Price;
    }
    public int Value() { int total = 0; foreach (var p in products.Values) total += p.Price * p.Stock; return total; }
    public List<string> Report()
    {
        var lines = new List<string>();
        var items = new List<Product>(products.Values);
        items.Sort((x, y) => y.Price * y.Stock - x.Price * x.Stock);
        foreach (var p in items) lines.Add(p.Sku + " " + p.Name.PadRight(8) + p.Stock.ToString().PadLeft(3) + " x " + p.Price);
        return lines;
    }
}

static class Program
{
    static void Main()
    {
        var inv = new Inventory();
        inv.LowStock += p => Console.WriteLine("  low stock: " + p.Name + " (" + p.Stock + ")");
        inv.Add(new Product("A1", "pencil", 2, 50));
        inv.Add(new Product("B2", "notebook", 7, 5));
        inv.Add(new Product("C3", "stapler", 15, 3));
        Console.WriteLine("value " + inv.Value());
        int revenue = 0;
        foreach (var order in new string[] { "a1:10", "b2:3", "c3:1", "zz:1", "b2:5", "C3:2" })
        {
            var parts = order.Split(':');
            try { revenue += inv.Sell(parts[0], int.Parse(parts[1])); Console.WriteLine("sold " + order); }
            catch (KeyNotFoundException ex) { Console.WriteLine("error: " + ex.Message); }
            catch (InvalidOperationException ex) { Console.WriteLine("error: " + ex.Message); }
        }
        Console.WriteLine("revenue " + revenue + ", value " + inv.Value());
        foreach (var line in inv.Report()) Console.WriteLine(line);
    }
}
