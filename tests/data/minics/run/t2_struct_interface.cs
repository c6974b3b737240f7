// test: mono-run
using System;

interface ICounter
{
    void Increment();
    int Value { get; }
}

struct StructCounter : ICounter
{
    private int value;
    public void Increment() { value++; }
    public int Value { get { return value; } }
}

class ClassCounter : ICounter
{
    private int value;
    public void Increment() { value++; }
    public int Value { get { return value; } }
}

class Program
{
    static void BumpTwice(ICounter c)
    {
        c.Increment();
        c.Increment();
    }

    static void Main()
    {
        StructCounter s = new StructCounter();
        BumpTwice(s);
        Console.WriteLine("struct after boxed bumps: " + s.Value);
        ICounter boxed = s;
        BumpTwice(boxed);
        Console.WriteLine("boxed copy: " + boxed.Value);
        Console.WriteLine("original: " + s.Value);
        ClassCounter c = new ClassCounter();
        BumpTwice(c);
        Console.WriteLine("class: " + c.Value);
        s.Increment();
        Console.WriteLine("direct call: " + s.Value);
        StructCounter unboxed = (StructCounter)boxed;
        unboxed.Increment();
        Console.WriteLine(unboxed.Value + " " + boxed.Value);
        ICounter[] mixed = { new StructCounter(), new ClassCounter() };
        foreach (ICounter ic in mixed) ic.Increment();
        Console.WriteLine(mixed[0].Value + " " + mixed[1].Value);
    }
}
