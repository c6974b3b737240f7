// test: mono-run
using System;
using System.Collections.Generic;

class Address
{
    public string City { get; set; }
    public string Zip;
}

class Customer
{
    public string Name { get; set; }
    public int Age { get; set; }
    public Address Home { get; set; } = new Address();
    public List<string> Tags { get; } = new List<string>();

    public Customer() { Console.WriteLine("ctor runs before initializers"); }

    public override string ToString()
    {
        return Name + " (" + Age + ") " + Home.City + " " + Home.Zip + " tags=" + Tags.Count;
    }
}

class Program
{
    static void Main()
    {
        Customer c = new Customer { Name = "Ann", Age = 30 };
        Console.WriteLine(c);
        Customer d = new Customer
        {
            Name = "Bob",
            Home = new Address { City = "Oslo", Zip = "0150" },
        };
        d.Tags.Add("vip");
        Console.WriteLine(d);
        Customer e = new Customer { Home = { City = "Bergen" }, Tags = { "a", "b", "c" } };
        Console.WriteLine(e);
        List<int> numbers = new List<int> { 1, 2, 3 };
        numbers.Add(4);
        Console.WriteLine(numbers.Count + " " + numbers[3]);
        Dictionary<string, int> ages = new Dictionary<string, int> { { "x", 1 }, { "y", 2 } };
        Console.WriteLine(ages["y"]);
        int[] arr = new int[] { 5, 6 };
        Customer[] many = { new Customer { Name = "m1" }, new Customer { Name = "m2", Age = arr[1] } };
        Console.WriteLine(many[1]);
    }
}
