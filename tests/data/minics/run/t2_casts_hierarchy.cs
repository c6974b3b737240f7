// test: mono-run
using System;

class Animal { public string Kind = "animal"; }
class Mammal : Animal { public Mammal() { Kind = "mammal"; } }
class Whale : Mammal { public Whale() { Kind = "whale"; } public int Length = 30; }
class Bird : Animal { public Bird() { Kind = "bird"; } }

class Program
{
    static void TryCast(Animal a)
    {
        try
        {
            Whale w = (Whale)a;
            Console.WriteLine("whale of length " + w.Length);
        }
        catch (InvalidCastException e)
        {
            Console.WriteLine(a.Kind + " -> Whale: " + e.GetType().Name);
        }
    }

    static void Main()
    {
        Animal a = new Whale();
        Mammal m = (Mammal)a;
        Whale w = (Whale)m;
        Console.WriteLine(m.Kind + " " + w.Length);
        object o = w;
        Animal back = (Animal)o;
        Console.WriteLine(back.Kind);
        TryCast(new Whale());
        TryCast(new Mammal());
        TryCast(new Bird());
        Animal nothing = null;
        Whale nullWhale = (Whale)nothing;
        Console.WriteLine("casting null succeeds: " + (nullWhale == null));
        Animal[] zoo = { new Bird(), new Whale(), new Mammal() };
        int whales = 0;
        foreach (Animal z in zoo) if (z is Whale) whales++;
        Console.WriteLine(whales);
        Animal[] arr = new Mammal[2];
        try
        {
            arr[0] = new Whale();
            Console.WriteLine("stored a whale in a Mammal[]");
            arr[1] = new Bird();
            Console.WriteLine("never");
        }
        catch (ArrayTypeMismatchException e)
        {
            Console.WriteLine(e.GetType().Name);
        }
        object s = "text";
        try
        {
            Animal bad = (Animal)s;
            Console.WriteLine(bad.Kind);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("string is not an Animal");
        }
    }
}
