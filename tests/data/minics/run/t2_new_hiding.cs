// test: mono-run
using System;

class Base
{
    public string Field = "base field";
    public virtual string Virt() { return "Base.Virt"; }
    public string Plain() { return "Base.Plain"; }
    public static string Stat() { return "Base.Stat"; }
}

class Derived : Base
{
    public new string Field = "derived field";
    public override string Virt() { return "Derived.Virt"; }
    public new string Plain() { return "Derived.Plain"; }
    public new static string Stat() { return "Derived.Stat"; }
}

class MoreDerived : Derived
{
    public new virtual string Virt() { return "MoreDerived.Virt (new slot)"; }
}

class Program
{
    static void Main()
    {
        Derived d = new Derived();
        Base b = d;
        Console.WriteLine(d.Virt());
        Console.WriteLine(b.Virt());
        Console.WriteLine(d.Plain());
        Console.WriteLine(b.Plain());
        Console.WriteLine(d.Field);
        Console.WriteLine(b.Field);
        Console.WriteLine(((Base)d).Field);
        Console.WriteLine(Derived.Stat());
        Console.WriteLine(Base.Stat());
        MoreDerived m = new MoreDerived();
        Base mb = m;
        Derived md = m;
        Console.WriteLine(m.Virt());
        Console.WriteLine(mb.Virt());
        Console.WriteLine(md.Virt());
    }
}
