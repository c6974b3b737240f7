using System;
using System.Collections.Generic;

public interface INamed { string Name { get; } }
public interface IAnimal : INamed { string Speak(); int Legs { get; set; } }
public interface IPet { void Play(); }

public abstract class Animal : IAnimal
{
    private readonly string _name;
    private int _legs = 4;
    protected Animal(string name) { _name = name; }
    public string Name { get { return _name; } }
    public int Legs
    {
        get { return _legs; }
        set { if (value < 0) throw new ArgumentOutOfRangeException("value"); _legs = value; }
    }
    public abstract string Speak();
}

public class Dog : Animal, IPet
{
    public Dog(string name) : base(name) { }
    public override string Speak() { return "Woof"; }
    public void Play() { Console.WriteLine(Name + " fetches the ball"); }
}

public class Bird : Animal
{
    public Bird(string name) : base(name) { Legs = 2; }
    public override string Speak() { return "Tweet"; }
}

public sealed class Puppy : Dog
{
    public Puppy(string name) : base(name) { }
    public override string Speak() { return base.Speak().ToLower() + "!"; }
}

static class Program
{
    static void Main()
    {
        var zoo = new List<IAnimal> { new Dog("Rex"), new Bird("Tweety"), new Puppy("Bit") };
        foreach (var a in zoo)
        {
            Console.WriteLine(a.Name + " says " + a.Speak() + " on " + a.Legs + " legs");
            var pet = a as IPet;
            if (pet != null) pet.Play();
            INamed named = a;
            Console.WriteLine("named " + named.Name);
        }
        try { zoo[0].Legs = -1; }
        catch (ArgumentOutOfRangeException ex) { Console.WriteLine("bad legs: " + ex.ParamName); }
        Console.WriteLine(zoo[2] is Dog);
        Console.WriteLine(!(zoo[1] is IPet));
    }
}
