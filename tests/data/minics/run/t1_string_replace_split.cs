// test: mono-run
using System;

class Program
{
    static void Main()
    {
        string s = "a,b,,c";
        string[] parts = s.Split(',');
        Console.WriteLine(parts.Length);
        for (int i = 0; i < parts.Length; i++)
        {
            Console.WriteLine(i + ": [" + parts[i] + "]");
        }
        string csv = "name=Ann;age=31;city=Oslo";
        foreach (string pair in csv.Split(';'))
        {
            string[] kv = pair.Split('=');
            Console.WriteLine(kv[0] + " -> " + kv[1]);
        }
        string words = "one two  three";
        string[] w = words.Split(' ', ',');
        Console.WriteLine(w.Length);
        Console.WriteLine("hello world".Replace("o", "0"));
        Console.WriteLine("hello world".Replace('l', 'L'));
        Console.WriteLine("aaaa".Replace("aa", "b"));
        Console.WriteLine("remove these spaces".Replace(" ", ""));
        Console.WriteLine("no match".Replace("xyz", "!"));
        string[] single = "nosep".Split(',');
        Console.WriteLine(single.Length + " " + single[0]);
        string joined = string.Join("|", parts);
        Console.WriteLine(joined);
        Console.WriteLine(string.Join("-", new string[] { "x", "y", "z" }));
    }
}
