// test: mono-run
using System;

interface IEnglish { string Greet(); int Count { get; } }
interface IFrench { string Greet(); }
interface IReset { void Reset(); }

class Greeter : IEnglish, IFrench, IReset
{
    private int calls;

    string IEnglish.Greet() { calls++; return "hello"; }
    string IFrench.Greet() { calls++; return "bonjour"; }
    int IEnglish.Count { get { return calls; } }
    void IReset.Reset() { calls = 0; Console.WriteLine("reset via interface"); }

    public string Greet() { return "public greet"; }
}

class Program
{
    static void Main()
    {
        Greeter g = new Greeter();
        Console.WriteLine(g.Greet());
        IEnglish en = g;
        IFrench fr = g;
        Console.WriteLine(en.Greet());
        Console.WriteLine(fr.Greet());
        Console.WriteLine(((IFrench)g).Greet());
        Console.WriteLine(en.Count);
        ((IReset)g).Reset();
        Console.WriteLine(en.Count);
        object o = g;
        IEnglish viaObject = (IEnglish)o;
        Console.WriteLine(viaObject.Greet() + " " + viaObject.Count);
    }
}
