// test: mono-run
using System;
using System.Collections.Generic;

interface IProducer<out T> { T Make(); }
interface IConsumer<in T> { void Take(T item); }
delegate TOut Mapper<in TIn, out TOut>(TIn x);

class Animal { public virtual string Name { get { return "animal"; } } }
class Cat : Animal { public override string Name { get { return "cat"; } } }

class CatFactory : IProducer<Cat> { public Cat Make() { return new Cat(); } }
class Printer : IConsumer<Animal> { public void Take(Animal a) { Console.WriteLine("took " + a.Name); } }

struct Meters
{
    public double Value;
    public Meters(double v) { Value = v; }
    public static implicit operator double?(Meters m) { return m.Value > 0 ? new double?(m.Value) : null; }
}

class Program
{
    static void Main()
    {
        IProducer<Animal> animals = new CatFactory();
        Console.WriteLine(animals.Make().Name);
        IConsumer<Cat> cats = new Printer();
        cats.Take(new Cat());
        Mapper<Animal, string> describe = a => "<" + a.Name + ">";
        Mapper<Cat, object> general = describe;
        Console.WriteLine(general(new Cat()));
        IEnumerable<object> objects = new List<string> { "x", "y" };
        foreach (object o in objects) Console.Write(o);
        Console.WriteLine();
        int? boxed = new int?(5);
        double? d = new Meters(2.5);
        double? none = new Meters(-1);
        Console.WriteLine(boxed + " " + d + " " + none.HasValue);
        IntPtr p = new IntPtr(8), q = new IntPtr(8);
        Console.WriteLine(p == q && !(p != q));
    }
}
