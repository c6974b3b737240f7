// test: mono-run
using System;

interface INamed { string Name { get; } }
interface IAnimal : INamed { string Sound(); }
interface IPet : IAnimal { string Owner { get; } }
interface ISwimmer { int Depth(); }

class Dog : IPet
{
    public string Name { get { return "rex"; } }
    public string Sound() { return "woof"; }
    public string Owner { get { return "ann"; } }
}

class Duck : IAnimal, ISwimmer
{
    public string Name { get { return "donald"; } }
    public string Sound() { return "quack"; }
    public int Depth() { return 1; }
}

class Robot : INamed
{
    public string Name { get { return "r2"; } }
}

class Program
{
    static string Describe(INamed n)
    {
        string s = n.Name;
        IAnimal a = n as IAnimal;
        if (a != null) s += " says " + a.Sound();
        if (n is IPet) s += " owned by " + ((IPet)n).Owner;
        if (n is ISwimmer) s += " dives " + ((ISwimmer)n).Depth();
        return s;
    }

    static void Main()
    {
        INamed[] all = { new Dog(), new Duck(), new Robot() };
        foreach (INamed n in all) Console.WriteLine(Describe(n));
        IPet p = new Dog();
        INamed asNamed = p;
        Console.WriteLine(asNamed.Name + " " + p.Sound());
    }
}
