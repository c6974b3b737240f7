// test: mono-run
using System;

class Animal { public virtual string Name() { return "animal"; } }
class Cat : Animal { public override string Name() { return "cat"; } public string Purr() { return "purr"; } }
class Dog : Animal { public override string Name() { return "dog"; } }

class Program
{
    static void Inspect(object o)
    {
        string s = (o == null ? "null" : o.GetType().Name) + ":";
        if (o is Animal) s += " Animal";
        if (o is Cat) s += " Cat";
        if (o is Dog) s += " Dog";
        if (o is string) s += " string";
        if (o is int) s += " int";
        if (o is ValueType) s += " ValueType";
        Console.WriteLine(s);
    }

    static void Main()
    {
        object[] things = { new Cat(), new Dog(), new Animal(), "text", 12, null };
        foreach (object o in things) Inspect(o);
        Animal a = new Cat();
        Cat c = a as Cat;
        Console.WriteLine(c != null ? c.Purr() : "not a cat");
        Dog d = a as Dog;
        Console.WriteLine(d == null ? "as gives null" : "dog");
        object str = "hello";
        string s = str as string;
        Console.WriteLine(s.Length);
        Animal none = null;
        Console.WriteLine(none is Animal);
        Console.WriteLine((none as Cat) == null);
        object boxed = 3;
        int? maybe = boxed as int?;
        Console.WriteLine(maybe.HasValue + " " + maybe.Value);
        object text = "x";
        int? notLong = text as int?;
        Console.WriteLine(notLong.HasValue);
    }
}
