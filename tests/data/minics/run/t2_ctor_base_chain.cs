// test: mono-run
using System;

class Log
{
    public static int Say(string s) { Console.WriteLine(s); return 0; }
}

class Animal
{
    public int A = Log.Say("Animal field initializer");
    protected string name;

    public Animal(string name)
    {
        Log.Say("Animal(" + name + ")");
        this.name = name;
        Describe();
    }

    public virtual void Describe() { Log.Say("Animal.Describe " + name); }
}

class Dog : Animal
{
    public int D = Log.Say("Dog field initializer");
    private string breed = "unknown";

    public Dog(string name, string breed) : base(name.ToUpper())
    {
        Log.Say("Dog(" + name + ", " + breed + ")");
        this.breed = breed;
    }

    public Dog(string name) : this(name, "mutt")
    {
        Log.Say("Dog(" + name + ")");
    }

    public override void Describe() { Log.Say("Dog.Describe " + name + " breed=" + breed); }
}

class Puppy : Dog
{
    public Puppy() : base("pup")
    {
        Log.Say("Puppy()");
    }
}

class Program
{
    static void Main()
    {
        Dog d = new Dog("rex", "collie");
        d.Describe();
        Console.WriteLine("--");
        new Puppy().Describe();
    }
}
