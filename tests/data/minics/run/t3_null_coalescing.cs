// test: mono-run
using System;

class Node
{
    public string Name;
    public Node Child;
    public int[] Values;
    public Node(string n) { Name = n; }
}

class Program
{
    static string cached;
    static int loads;

    static string Load()
    {
        loads++;
        return cached ?? (cached = "loaded value");
    }

    static void Main()
    {
        string a = null, b = null, c = "c";
        Console.WriteLine(a ?? b ?? c);
        Console.WriteLine(a ?? "default");
        Console.WriteLine(c ?? "default");
        Load();
        Load();
        Console.WriteLine(Load() + " " + loads);
        Node root = new Node("root");
        root.Child = new Node("child");
        Console.WriteLine(root.Child?.Name);
        Console.WriteLine(root.Child?.Child?.Name ?? "no grandchild");
        Console.WriteLine(root.Child.Child?.Name.Length ?? -1);
        Console.WriteLine(root.Values?.Length ?? 0);
        root.Values = new int[] { 4, 5 };
        Console.WriteLine(root.Values?.Length);
        Console.WriteLine(root.Values?[1]);
        Node missing = null;
        Console.WriteLine(missing?.Name == null);
        Action act = null;
        act?.Invoke();
        act = () => Console.WriteLine("invoked via ?.");
        act?.Invoke();
        string s = null;
        Console.WriteLine((s?.ToUpper() ?? "nothing").Length);
    }
}
