using System;

static class Program
{
    static void Main()
    {
        var name = "Ada";
        int age = 36;
        double pi = Math.PI;
        Console.WriteLine($"Hello {name}, next year you are {age + 1}.");
        Console.WriteLine($"pi ~ {pi:F3} | {age,5} | {age,-5}|");
        Console.WriteLine($"braces {{literal}} and quotes \"inside\"");
        Console.WriteLine($"{name.ToUpper()}{name.Length}{(age > 30 ? " senior" : " junior")}");
        string[] items = { "a", "b" };
        Console.WriteLine($"{items.Length} items: {string.Join("+", items)}");
        Console.WriteLine($"hex {255:X2} and {-3}");
        Console.WriteLine($"");
        Console.WriteLine($"{true} {null} {3.5}");
    }
}
