// test: mono-run
// args: -r:System.Core.dll
// Enumerable's operators called as static methods (minics binds no extension calls).
using System;
using System.Collections.Generic;
using System.Linq;

class Person
{
    public string Name;
    public int Age;
    public Person(string name, int age) { Name = name; Age = age; }
    public override string ToString() { return Name + "(" + Age + ")"; }
}

static class Program
{
    static string Show<T>(IEnumerable<T> xs) { return "[" + string.Join(", ", Enumerable.ToArray(Enumerable.Select<T, string>(xs, x => x.ToString()))) + "]"; }

    static void Main()
    {
        List<int> nums = new List<int> { 5, 3, 8, 1, 9, 2, 8 };
        Console.WriteLine(Show(Enumerable.Where(nums, n => n % 2 == 0)) + " " + Show(Enumerable.Select(nums, n => n * n)));
        Console.WriteLine(Enumerable.Count(nums) + " " + Enumerable.Count(nums, n => n > 4) + " " + Enumerable.Sum(nums) + " " + Enumerable.Min(nums) + " " + Enumerable.Max(nums) + " " + Enumerable.Average(nums).ToString("F3"));
        Console.WriteLine(Enumerable.First(nums) + " " + Enumerable.First(nums, n => n > 5) + " " + Enumerable.FirstOrDefault(new int[0]) + " " + Enumerable.Last(nums) + " " + Enumerable.Any(nums, n => n > 8) + " " + Enumerable.All(nums, n => n > 0) + " " + Enumerable.Contains(nums, 9));
        Console.WriteLine(Show(Enumerable.Distinct(nums)) + " " + Show(Enumerable.Take(Enumerable.Skip(nums, 2), 3)) + " " + Show(Enumerable.Reverse(nums)) + " " + Show(Enumerable.Range(3, 4)) + " " + Show(Enumerable.Repeat("ab", 2)));
        Console.WriteLine(Show(Enumerable.OrderBy(nums, n => n)) + " " + Show(Enumerable.OrderByDescending(nums, n => n)));
        List<Person> people = new List<Person> { new Person("Zoe", 31), new Person("Adam", 25), new Person("Mia", 31), new Person("Bo", 19), new Person("Al", 25) };
        Console.WriteLine(Show(Enumerable.OrderBy(people, p => p.Age)));
        Console.WriteLine(Show(Enumerable.ThenBy(Enumerable.OrderByDescending(people, p => p.Age), p => p.Name)));
        Console.WriteLine(Show(Enumerable.ThenByDescending(Enumerable.OrderBy(people, p => p.Name.Length), p => p.Age)));
        Func<Person, int> age = p => p.Age;
        Console.WriteLine(Enumerable.Sum(people, age) + " " + Enumerable.Aggregate(nums, (a, b) => a * 10 + b) + " " + Enumerable.Aggregate(people, "", (acc, p) => acc + p.Name[0]));
        Dictionary<string, Person> byName = Enumerable.ToDictionary(people, p => p.Name);
        Console.WriteLine(byName["Mia"].Age + " " + Show(Enumerable.ToList(Enumerable.Concat(nums, new int[] { 100 }))) + " " + Enumerable.SequenceEqual(nums, new List<int>(nums)));
        object[] mixed = { 1, "two", 3, "four" };
        Console.WriteLine(Show(Enumerable.OfType<string>(mixed)) + " " + Show(Enumerable.Cast<int>(new object[] { 7, 8 })));
        IEnumerable<int> lazy = Enumerable.Where(nums, n => { Console.Write("?" + n); return n > 7; });
        Console.WriteLine(" built");
        Console.WriteLine(" first " + Enumerable.First(lazy));
        try { Enumerable.First(new List<int>()); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { Enumerable.First(nums, n => n > 100); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
    }
}
