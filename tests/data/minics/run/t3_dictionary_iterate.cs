// test: mono-run
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        Dictionary<string, int> stock = new Dictionary<string, int>();
        stock["apples"] = 12;
        stock["pears"] = 3;
        stock["plums"] = 40;
        stock["kiwis"] = 0;
        foreach (KeyValuePair<string, int> kv in stock)
        {
            Console.WriteLine(kv.Key + " = " + kv.Value);
        }
        int total = 0;
        foreach (int v in stock.Values) total += v;
        Console.WriteLine("total " + total);
        string keys = "";
        foreach (string k in stock.Keys) keys += k[0];
        Console.WriteLine(keys);
        Console.WriteLine(stock.Keys.Count + " " + stock.Values.Count);
        List<string> empty = new List<string>();
        foreach (KeyValuePair<string, int> kv in stock)
            if (kv.Value == 0) empty.Add(kv.Key);
        foreach (string k in empty) stock.Remove(k);
        Console.WriteLine(stock.Count + " " + stock.ContainsKey("kiwis"));
        Dictionary<int, int> squares = new Dictionary<int, int>();
        for (int i = 1; i <= 5; i++) squares.Add(i, i * i);
        foreach (var pair in squares) Console.Write(pair.Key + ":" + pair.Value + " ");
        Console.WriteLine();
        try
        {
            foreach (int k in squares.Keys) squares[k + 100] = 0;
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("modified during enumeration: " + e.GetType().Name);
        }
    }
}
