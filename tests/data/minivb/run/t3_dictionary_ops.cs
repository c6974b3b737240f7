using System;
using System.Collections.Generic;

static class Program
{
    static void Main()
    {
        var phone = new Dictionary<string, string> { { "ann", "555-1" }, { "bob", "555-2" } };
        phone["cy"] = "555-3";
        phone["ann"] = "555-9";
        Console.WriteLine(phone.Count + " " + phone["ann"]);
        Console.WriteLine(phone.Remove("bob") + " " + phone.Remove("zed"));
        string number;
        Console.WriteLine(phone.TryGetValue("cy", out number) + " " + number);
        try { Console.WriteLine(phone["nobody"]); }
        catch (KeyNotFoundException) { Console.WriteLine("missing key"); }
        var keys = new List<string>(phone.Keys);
        keys.Sort();
        Console.WriteLine(string.Join(",", keys));
        var byLength = new SortedDictionary<int, List<string>>();
        foreach (var w in "a bb cc ddd e fff".Split(' ')) { if (!byLength.ContainsKey(w.Length)) byLength[w.Length] = new List<string>(); byLength[w.Length].Add(w); }
        foreach (var kv in byLength) Console.WriteLine(kv.Key + " -> " + string.Join("/", kv.Value));
        var inverted = new Dictionary<string, string>();
        foreach (var kv in phone) inverted[kv.Value] = kv.Key;
        Console.WriteLine(inverted["555-9"]);
        Console.WriteLine(phone.ContainsValue("555-3"));
    }
}
