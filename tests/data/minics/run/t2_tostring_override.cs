// test: mono-run
using System;
using System.Text;

class Node
{
    public int Value;
    public Node Next;
    public Node(int v, Node next) { Value = v; Next = next; }

    public override string ToString()
    {
        return Next == null ? Value.ToString() : Value + " -> " + Next;
    }
}

class Plain { }

class Named
{
    public override string ToString() { return "Named!"; }
}

struct Temp
{
    public int Degrees;
    public override string ToString() { return Degrees + "C"; }
}

class Program
{
    static void Main()
    {
        Node list = new Node(1, new Node(2, new Node(3, null)));
        Console.WriteLine(list);
        Console.WriteLine("list: " + list);
        Console.WriteLine($"interp: {list.Next}");
        Console.WriteLine(string.Format("fmt: {0}", list.Next.Next));
        Console.WriteLine(new Plain());
        Console.WriteLine(new Named());
        object o = new Named();
        Console.WriteLine(o.ToString());
        Temp t = new Temp();
        t.Degrees = 21;
        Console.WriteLine(t);
        Console.WriteLine("temp " + t);
        StringBuilder sb = new StringBuilder();
        sb.Append(t).Append(' ').Append(new Named());
        Console.WriteLine(sb);
        object[] arr = { list.Next, t, new Named(), 5 };
        foreach (object x in arr) Console.Write(x + "; ");
        Console.WriteLine();
    }
}
