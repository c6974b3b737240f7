// test: mono-run
using System;
using System.Collections.Generic;

interface IHasArea { double Area(); }
interface IIdentified { int Id { get; } }

class Entity : IIdentified
{
    public int Id { get; set; }
    public string Name;
    public override string ToString() { return Name + "#" + Id; }
}

class Square : IHasArea
{
    public double Side;
    public double Area() { return Side * Side; }
}

class Repository<T> where T : class, IIdentified
{
    private readonly List<T> items = new List<T>();
    public void Add(T item) { items.Add(item); }
    public T Find(int id)
    {
        foreach (T item in items) if (item.Id == id) return item;
        return null;
    }
}

struct Meters { public double Value; }

class Program
{
    static T Largest<T>(T[] shapes) where T : IHasArea
    {
        T best = shapes[0];
        foreach (T s in shapes) if (s.Area() > best.Area()) best = s;
        return best;
    }

    static T? FirstPositive<T>(T[] values, Func<T, bool> positive) where T : struct
    {
        foreach (T v in values) if (positive(v)) return v;
        return null;
    }

    static string NameOf<T>(T item) where T : Entity { return item.Name.ToUpper(); }

    static void Main()
    {
        Repository<Entity> repo = new Repository<Entity>();
        repo.Add(new Entity { Id = 1, Name = "one" });
        repo.Add(new Entity { Id = 2, Name = "two" });
        Console.WriteLine(repo.Find(2));
        Console.WriteLine(repo.Find(3) == null);
        Square[] squares = { new Square { Side = 2 }, new Square { Side = 5 }, new Square { Side = 3 } };
        Console.WriteLine(Largest(squares).Side);
        int? fp = FirstPositive(new int[] { -1, 0, 4, 9 }, x => x > 0);
        Console.WriteLine(fp);
        double? none = FirstPositive(new double[] { -1.0 }, x => x > 0);
        Console.WriteLine(none.HasValue);
        Meters? m = FirstPositive(new Meters[] { new Meters { Value = 3 } }, x => x.Value > 0);
        Console.WriteLine(m.Value.Value);
        Console.WriteLine(NameOf(new Entity { Name = "ent" }));
    }
}
