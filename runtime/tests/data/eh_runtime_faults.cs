// Runtime faults become managed exceptions that can be caught: null dereference,
// bounds, division by zero, invalid casts, checked overflow, array covariance, and a
// class constructor that throws (TypeInitializationException).
using System;

class Node { public int V; public Node Next; }

class Boom {
    public static int X;
    static Boom() { X = 1; throw new InvalidOperationException("cctor failed"); }
}

class Program {
    static int Div(int a, int b) { return a / b; }
    static long Mul(long a, long b) { return checked(a * b); }

    static string Try(Func<int> f) {
        try { return "ok " + f(); }
        catch (Exception e) { return e.GetType().Name; }
    }

    static void Main() {
        Node n = null;
        int[] arr = new int[3];
        object s = "str";
        object[] objs = new string[2];
        Console.WriteLine(Try(() => n.V));
        Console.WriteLine(Try(() => n.Next.V));
        Console.WriteLine(Try(() => arr[3]));
        Console.WriteLine(Try(() => arr[-1]));
        Console.WriteLine(Try(() => Div(1, 0)));
        Console.WriteLine(Try(() => Div(int.MinValue, -1)));
        Console.WriteLine(Try(() => 10 % Div(0, 1)));
        Console.WriteLine(Try(() => (int)s));
        Console.WriteLine(Try(() => ((Node)s).V));
        Console.WriteLine(Try(() => (int)Mul(long.MaxValue, 2)));
        Console.WriteLine(Try(() => checked((int)Mul(3000000000L, 1))));
        Console.WriteLine(Try(() => checked((byte)Div(300, 1))));
        Console.WriteLine(Try(() => { objs[0] = 1; return 0; }));
        Console.WriteLine(Try(() => new int[Div(-1, 1)].Length));
        Console.WriteLine(Try(() => Boom.X));
        try { Console.WriteLine(Boom.X); }
        catch (TypeInitializationException e) { Console.WriteLine("TIE " + e.InnerException.Message); }
        Console.WriteLine(Try(() => arr[2]));
    }
}
