// test: mono-run
using System;
using System.Collections.Generic;

abstract class Shape
{
    public abstract string Describe<T>(T tag);
    public virtual T Echo<T>(T value) { return value; }
    public virtual List<T> Repeat<T>(T value, int n)
    {
        List<T> res = new List<T>();
        for (int i = 0; i < n; i++) res.Add(value);
        return res;
    }
}

class Circle : Shape
{
    public override string Describe<T>(T tag) { return "circle<" + typeof(T).Name + ">(" + tag + ")"; }
    public override T Echo<T>(T value) { Console.WriteLine("circle echoes " + value); return value; }
}

sealed class Dot : Circle
{
    public override string Describe<T>(T tag) { return "dot then " + base.Describe<T>(tag); }
    public override List<T> Repeat<T>(T value, int n) { return base.Repeat<T>(value, n + 1); }
}

interface IConverter
{
    T Convert<T>(object value);
    string Pair<A, B>(A a, B b);
}

class Caster : IConverter
{
    public T Convert<T>(object value) { return (T)value; }
    public virtual string Pair<A, B>(A a, B b) { return "(" + a + ", " + b + ")"; }
}

class LoudCaster : Caster
{
    public override string Pair<A, B>(A a, B b) { return "LOUD" + base.Pair<A, B>(a, b); }
}

class Explicit : IConverter
{
    T IConverter.Convert<T>(object value) { Console.WriteLine("explicit " + typeof(T).Name); return (T)value; }
    string IConverter.Pair<A, B>(A a, B b) { return b + "/" + a; }
}

struct Counter : IConverter
{
    public int Calls;
    public T Convert<T>(object value) { Calls++; return (T)value; }
    public string Pair<A, B>(A a, B b) { Calls++; return "counter " + a + b + " " + Calls; }
}

class Holder<U>
{
    public U Item;
    public Holder(U item) { Item = item; }
    public virtual string With<V>(V other) { return "holder " + Item + " & " + other; }
}

class IntHolder : Holder<int>
{
    public IntHolder(int n) : base(n) { }
    public override string With<V>(V other) { return "int holder " + (Item * 2) + " & " + other; }
}

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() { return X + ":" + Y; }
}

// A generic method of a variant interface, called through another instantiation.
interface ISource<out T>
{
    R Map<R>(Func<T, R> f);
}

class Words : ISource<string>
{
    public R Map<R>(Func<string, R> f) { return f("mapped"); }
}

// An interface implemented by a base class's virtual method, overridden below, and
// implemented again explicitly further down.
interface IVisitor
{
    string Visit<X>(X x);
}

class BaseVisitor : IVisitor
{
    public virtual string Visit<X>(X x) { return "base " + x; }
}

class DerivedVisitor : BaseVisitor
{
    public override string Visit<X>(X x) { return "derived " + base.Visit<X>(x); }
}

class ExplicitAgain : DerivedVisitor, IVisitor
{
    string IVisitor.Visit<X>(X x) { return "again " + x; }
}

class Program
{
    static string Through<C>(C c) where C : IConverter
    {
        return c.Pair<int, string>(1, "one");
    }

    static int Length(object o) { return o.ToString().Length; }
    static string Upper(object o) { return o.ToString().ToUpper(); }

    static void Main()
    {
        Shape[] shapes = { new Circle(), new Dot() };
        foreach (Shape s in shapes)
        {
            Console.WriteLine(s.Describe<string>("red"));
            Console.WriteLine(s.Describe<int>(7));
            Console.WriteLine(s.Describe(new Point(1, 2)));
            Console.WriteLine(s.Echo<string>("hi") + " " + s.Echo<double>(2.5));
            Console.WriteLine(s.Repeat<Point>(new Point(3, 4), 2).Count + " " + s.Repeat<string>("x", 1).Count);
        }

        IConverter[] converters = { new Caster(), new LoudCaster(), new Explicit(), new Counter() };
        foreach (IConverter c in converters)
        {
            Console.WriteLine(c.Convert<string>("text").Length);
            Console.WriteLine(c.Convert<int>(41) + 1);
            Console.WriteLine(c.Pair<string, long>("a", 2L));
            Console.WriteLine(c.Pair<Point, Shape>(new Point(5, 6), null));
        }

        Caster caster = new LoudCaster();
        Console.WriteLine(caster.Pair<int, int>(3, 4));

        Counter counter = new Counter();
        Console.WriteLine(Through(counter) + " / " + counter.Calls);
        Console.WriteLine(Through<IConverter>(counter));
        Console.WriteLine(Through(new LoudCaster()));

        Holder<int> h = new IntHolder(21);
        Console.WriteLine(h.With<string>("s"));
        Console.WriteLine(h.With<int>(5));
        Holder<string> hs = new Holder<string>("plain");
        Console.WriteLine(hs.With<Point>(new Point(7, 8)));

        Func<string, string> describe = shapes[1].Describe<string>;
        Console.WriteLine(describe("bound"));
        ISource<object> source = new Words();
        Console.WriteLine(source.Map<int>(Length) + " " + source.Map<string>(Upper));

        IVisitor[] visitors = { new BaseVisitor(), new DerivedVisitor(), new ExplicitAgain() };
        foreach (IVisitor v in visitors) Console.WriteLine(v.Visit<long>(9L) + " | " + v.Visit<string>("s"));
        BaseVisitor again = new ExplicitAgain();
        Console.WriteLine(again.Visit<Point>(new Point(1, 1)));

        Func<int, string, string> pair = converters[1].Pair<int, string>;
        Console.WriteLine(pair(99, "bottles"));
        Func<Point, int, string> counted = converters[3].Pair<Point, int>;
        Console.WriteLine(counted(new Point(0, 1), 2) + " " + counted(new Point(0, 1), 2));
    }
}
