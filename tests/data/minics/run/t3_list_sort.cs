// test: mono-run
using System;
using System.Collections.Generic;

class Person
{
    public string Name;
    public int Age;
    public Person(string n, int a) { Name = n; Age = a; }
    public override string ToString() { return Name + "(" + Age + ")"; }
}

class Program
{
    static string Join<T>(List<T> items)
    {
        string s = "";
        foreach (T x in items) s += x + " ";
        return s.TrimEnd();
    }

    static void Main()
    {
        List<int> nums = new List<int> { 5, 3, 9, -1, 3, 0 };
        nums.Sort();
        Console.WriteLine(Join(nums));
        nums.Sort((a, b) => b - a);
        Console.WriteLine(Join(nums));
        List<string> words = new List<string> { "pear", "fig", "banana", "kiwi" };
        words.Sort((a, b) => a.Length != b.Length ? a.Length - b.Length : string.CompareOrdinal(a, b));
        Console.WriteLine(Join(words));
        words.Sort(string.CompareOrdinal);
        Console.WriteLine(Join(words));
        List<Person> people = new List<Person>
        {
            new Person("cid", 40), new Person("ann", 25), new Person("bob", 31),
        };
        people.Sort((x, y) => x.Age.CompareTo(y.Age));
        Console.WriteLine(Join(people));
        people.Sort((x, y) => string.CompareOrdinal(y.Name, x.Name));
        Console.WriteLine(Join(people));
    }
}
