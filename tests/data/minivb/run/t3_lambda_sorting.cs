using System;
using System.Collections.Generic;

public class Person
{
    public string Name { get; set; }
    public int Age { get; set; }
    public string City { get; set; }
    public override string ToString() { return Name + "(" + Age + ", " + City + ")"; }
}

static class Program
{
    static List<T> Sorted<T>(List<T> items, Comparison<T> cmp) { var copy = new List<T>(items); copy.Sort(cmp); return copy; }
    static Dictionary<K, List<T>> GroupBy<T, K>(List<T> items, Func<T, K> key)
    {
        var groups = new Dictionary<K, List<T>>();
        foreach (var it in items) { var k = key(it); if (!groups.ContainsKey(k)) groups[k] = new List<T>(); groups[k].Add(it); }
        return groups;
    }

    static void Main()
    {
        var people = new List<Person> {
            new Person { Name = "Zoe", Age = 31, City = "Oslo" },
            new Person { Name = "Adam", Age = 25, City = "Rome" },
            new Person { Name = "Mia", Age = 31, City = "Rome" },
            new Person { Name = "Bo", Age = 19, City = "Oslo" } };
        Console.WriteLine(string.Join(" ", Sorted(people, (a, b) => a.Age.CompareTo(b.Age))));
        Console.WriteLine(string.Join(" ", Sorted(people, (a, b) => string.CompareOrdinal(a.Name, b.Name))));
        var byAgeThenName = Sorted(people, (a, b) => { var c = b.Age.CompareTo(a.Age); if (c != 0) return c; return string.CompareOrdinal(a.Name, b.Name); });
        Console.WriteLine(string.Join(" ", byAgeThenName));
        var groups = GroupBy(people, p => p.City);
        var cities = new List<string>(groups.Keys);
        cities.Sort();
        foreach (var c in cities) Console.WriteLine(c + ": " + groups[c].Count);
        var adults = people.FindAll(p => p.Age >= 21);
        Console.WriteLine(adults.Count);
        Console.WriteLine(people.Exists(p => p.Name.StartsWith("M")));
        Console.WriteLine(people.TrueForAll(p => p.Age > 18));
        int total = 0;
        people.ForEach(p => total += p.Age);
        Console.WriteLine(total);
    }
}
