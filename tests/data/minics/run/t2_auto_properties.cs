// test: mono-run
using System;

class Person
{
    public string Name { get; set; }
    public int Age { get; private set; }
    public string Id { get; }
    public string Country { get; set; } = "NO";
    public static int Created { get; private set; }

    public Person(string name, int age)
    {
        Name = name;
        Age = age;
        Id = name.Substring(0, 1) + age;
        Created++;
    }

    public void Birthday() { Age++; }
}

class Program
{
    static void Main()
    {
        Person p = new Person("Ann", 30);
        Console.WriteLine(p.Name + " " + p.Age + " " + p.Id + " " + p.Country);
        p.Birthday();
        p.Name = "Anna";
        p.Country = "SE";
        Console.WriteLine(p.Name + " " + p.Age + " " + p.Id + " " + p.Country);
        Person q = new Person("Bob", 41);
        q.Name += "by";
        Console.WriteLine(q.Name + " " + q.Age);
        Console.WriteLine(Person.Created);
        Person blank = new Person("Z", 0) { Country = null };
        Console.WriteLine(blank.Country == null);
        Person init = new Person("Cy", 5) { Name = "Cyd", Country = "DK" };
        Console.WriteLine(init.Name + " " + init.Country + " " + init.Id);
    }
}
