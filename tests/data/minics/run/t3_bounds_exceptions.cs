// test: mono-run
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        List<int> list = new List<int>();
        list.Add(1);
        list.Add(2);
        try
        {
            Console.WriteLine(list[2]);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("list get: " + e.GetType().Name);
        }
        try
        {
            list[-1] = 5;
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("list set: " + e.GetType().Name);
        }
        try
        {
            list.RemoveAt(5);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("RemoveAt: " + e.GetType().Name);
        }
        Dictionary<string, int> d = new Dictionary<string, int>();
        d["a"] = 1;
        try
        {
            Console.WriteLine(d["b"]);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine("dictionary: " + e.GetType().Name);
        }
        try
        {
            d.Add("a", 2);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("duplicate key: " + e.GetType().Name);
        }
        try
        {
            d[null] = 3;
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("null key: " + e.GetType().Name);
        }
        try
        {
            "abc".Substring(5);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("substring: " + e.GetType().Name);
        }
        try
        {
            char c = "abc"[3];
            Console.WriteLine(c);
        }
        catch (IndexOutOfRangeException e)
        {
            Console.WriteLine("string index: " + e.GetType().Name);
        }
        Console.WriteLine(list.Count + " " + d.Count);
    }
}
