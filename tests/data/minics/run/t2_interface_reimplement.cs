// test: mono-run
using System;

interface IDescribe { string Describe(); }

class Base : IDescribe
{
    public string Describe() { return "Base.Describe"; }
}

class Derived : Base
{
    public new string Describe() { return "Derived.Describe (hides)"; }
}

class Reimpl : Base, IDescribe
{
    public new string Describe() { return "Reimpl.Describe (reimplements)"; }
}

class VirtBase : IDescribe
{
    public virtual string Describe() { return "VirtBase"; }
}

class VirtDerived : VirtBase
{
    public override string Describe() { return "VirtDerived"; }
}

class ExplicitAndPublic : IDescribe
{
    string IDescribe.Describe() { return "explicit wins through the interface"; }
    public string Describe() { return "public method"; }
}

class Program
{
    static void Main()
    {
        IDescribe[] items = { new Base(), new Derived(), new Reimpl(), new VirtBase(), new VirtDerived(), new ExplicitAndPublic() };
        foreach (IDescribe d in items) Console.WriteLine(d.GetType().Name + ": " + d.Describe());
        Derived der = new Derived();
        Console.WriteLine(der.Describe());
        Console.WriteLine(((Base)der).Describe());
        Reimpl re = new Reimpl();
        Console.WriteLine(((Base)re).Describe());
        Console.WriteLine(new ExplicitAndPublic().Describe());
    }
}
