// test: mono-run
using System;

class Outer
{
    private int secret = 42;
    private static string staticSecret = "s3";

    public enum Mode { Fast, Safe }

    public struct Pair
    {
        public int A, B;
        public int Sum() { return A + B; }
    }

    public class Inner
    {
        private Outer owner;
        public Inner(Outer o) { owner = o; }
        public int Peek() { return owner.secret; }
        public string PeekStatic() { return staticSecret; }

        public class Deepest
        {
            public string Where() { return "Outer.Inner.Deepest"; }
        }
    }

    private class Hidden
    {
        public int Value = 7;
    }

    public int UseHidden() { return new Hidden().Value; }

    public Mode Current = Mode.Safe;
}

class Program
{
    static void Main()
    {
        Outer o = new Outer();
        Outer.Inner i = new Outer.Inner(o);
        Console.WriteLine(i.Peek());
        Console.WriteLine(i.PeekStatic());
        Console.WriteLine(new Outer.Inner.Deepest().Where());
        Outer.Pair p = new Outer.Pair();
        p.A = 3;
        p.B = 4;
        Console.WriteLine(p.Sum());
        Console.WriteLine(o.Current);
        o.Current = Outer.Mode.Fast;
        Console.WriteLine(o.Current + " " + (int)o.Current);
        Console.WriteLine(o.UseHidden());
        Console.WriteLine(i.GetType().Name);
        Console.WriteLine(p.GetType().Name);
    }
}
