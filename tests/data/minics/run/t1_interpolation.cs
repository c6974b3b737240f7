// test: mono-run
using System;

class Item
{
    public string Name = "widget";
    public int Count = 4;
    public override string ToString() { return $"{Name} x{Count}"; }
}

class Program
{
    static int Twice(int x) { return 2 * x; }

    static void Main()
    {
        int a = 3, b = 4;
        string name = "Ann";
        Console.WriteLine($"Hello, {name}!");
        Console.WriteLine($"{a} + {b} = {a + b}");
        Console.WriteLine($"call: {Twice(a)}, cond: {(a > b ? "a" : "b")}");
        Console.WriteLine($"braces: {{ {a} }}");
        Console.WriteLine($"[{a,5}] [{b,-5}]");
        Console.WriteLine($"{3.14159:F2} {255:X} {7:D3}");
        Console.WriteLine($"[{2.5,8:F3}]");
        Item item = new Item();
        Console.WriteLine($"item: {item}");
        Console.WriteLine($"{item.Name.ToUpper()} has {item.Name.Length} letters");
        string nothing = null;
        Console.WriteLine($"null: [{nothing}]");
        Console.WriteLine($"no holes at all");
        Console.WriteLine($"{name}{name}{a}{b}");
        int[] arr = { 10, 20, 30 };
        Console.WriteLine($"arr[1] = {arr[1]}, length {arr.Length}");
        Console.WriteLine($"char {'q'} bool {a < b}");
        Console.WriteLine($@"verbatim {name}\n");
        string nested = $"outer {$"inner {a}"} end";
        Console.WriteLine(nested);
        for (int i = 0; i < 3; i++)
        {
            Console.WriteLine($"{i}: {i * i,3}");
        }
    }
}
