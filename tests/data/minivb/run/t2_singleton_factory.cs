using System;
using System.Collections.Generic;

public sealed class Registry
{
    private static readonly Registry instance = new Registry();
    private readonly Dictionary<string, Func<IAnimal>> factories = new Dictionary<string, Func<IAnimal>>();
    static Registry() { }
    private Registry() { Console.WriteLine("registry created"); }
    public static Registry Current { get { return instance; } }
    public void Register(string kind, Func<IAnimal> factory) { factories[kind.ToLowerInvariant()] = factory; }
    public IAnimal Create(string kind)
    {
        Func<IAnimal> f;
        if (factories.TryGetValue(kind.ToLowerInvariant(), out f)) return f();
        throw new ArgumentException("unknown kind: " + kind);
    }
}

public interface IAnimal { string Sound(); }
public class Cat : IAnimal { public string Sound() { return "meow"; } }
public class Cow : IAnimal
{
    private static int made;
    public Cow() { made += 1; }
    public string Sound() { return "moo #" + made; }
}

static class Program
{
    static void Main()
    {
        Console.WriteLine("start");
        Registry.Current.Register("cat", () => new Cat());
        Registry.Current.Register("Cow", () => new Cow());
        foreach (var k in new string[] { "CAT", "cow", "cow", "dog" })
        {
            try { Console.WriteLine(k + " says " + Registry.Current.Create(k).Sound()); }
            catch (ArgumentException ex) { Console.WriteLine(ex.Message); }
        }
        Console.WriteLine(Registry.Current == Registry.Current);
    }
}
