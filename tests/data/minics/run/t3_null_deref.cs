// test: mono-run
using System;

class Node
{
    public int Value = 1;
    public Node Next;
    public string Name = null;
    public int Get() { return Value; }
    public virtual string Describe() { return "node"; }
}

class Program
{
    static void Attempt(string label, Action action)
    {
        try
        {
            action();
            Console.WriteLine(label + ": ok");
        }
        catch (NullReferenceException e)
        {
            Console.WriteLine(label + ": " + e.GetType().Name);
        }
    }

    static void Main()
    {
        Node n = new Node();
        Attempt("field read", () => Console.WriteLine(n.Next.Value));
        Attempt("field write", () => { n.Next.Value = 3; });
        Attempt("method call", () => n.Next.Get());
        Attempt("virtual call", () => n.Next.Describe());
        Attempt("string member", () => Console.WriteLine(n.Name.Length));
        Attempt("array length", () => { int[] a = null; Console.WriteLine(a.Length); });
        Attempt("array element", () => { string[] s = null; s[0] = "x"; });
        Attempt("delegate invoke", () => { Func<int> f = null; f(); });
        Attempt("unbox null", () => { object o = null; int i = (int)o; Console.WriteLine(i); });
        Attempt("throw null", () => { Exception e = null; throw e; });
        Attempt("safe", () => Console.WriteLine(n.Value));
        string s2 = null;
        Console.WriteLine("concat with null is fine: [" + s2 + "]");
    }
}
