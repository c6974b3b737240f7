using System;

public class Person
{
    public string Name { get; set; }
    public int Age { get; set; }
    public string Email { get; set; } = "none";
    public string Nickname;
}

static class Program
{
    static string Describe(Person p) { return p.Name + " (" + p.Age + ") " + p.Email; }

    static void Main()
    {
        var p = new Person { Name = "Ada", Age = 36 };
        Console.WriteLine(Describe(p));
        p.Age += 1;
        p.Email = "ada@example.org";
        p.Nickname = "countess";
        Console.WriteLine(Describe(p) + " " + p.Nickname);
        int? maybe = null;
        Console.WriteLine(maybe.HasValue);
        maybe = 5;
        Console.WriteLine(maybe.HasValue + " " + maybe.Value);
        Console.WriteLine(maybe.GetValueOrDefault());
        double? other = 2.5;
        Console.WriteLine(other.Value * 2);
        string name = null;
        Console.WriteLine(name ?? "anonymous");
        name = "bob";
        Console.WriteLine(name ?? "anonymous");
        int n = 7;
        Console.WriteLine(n > 5 ? "big" : "small");
        Person[] people = { new Person { Name = "x", Age = 1 }, new Person { Name = "y", Age = 2 } };
        int total = 0;
        foreach (var q in people) total += q.Age;
        Console.WriteLine(total);
    }
}
