// test: mono-run
using System;

delegate int BinaryOp(int a, int b);
delegate void Notify(string message);
delegate bool Predicate(int x);

class Calculator
{
    private int offset;
    public Calculator(int offset) { this.offset = offset; }
    public int AddWithOffset(int a, int b) { return a + b + offset; }
}

class Program
{
    static int Add(int a, int b) { return a + b; }
    static int Mul(int a, int b) { return a * b; }
    static void Print(string m) { Console.WriteLine("print: " + m); }
    static bool IsEven(int x) { return x % 2 == 0; }

    static int Apply(BinaryOp op, int a, int b) { return op(a, b); }

    static int Count(int[] xs, Predicate p)
    {
        int n = 0;
        foreach (int x in xs) if (p(x)) n++;
        return n;
    }

    static void Main()
    {
        BinaryOp op = Add;
        Console.WriteLine(op(3, 4));
        op = new BinaryOp(Mul);
        Console.WriteLine(op(3, 4));
        Console.WriteLine(op.Invoke(5, 6));
        Console.WriteLine(Apply(Add, 10, 20));
        Calculator calc = new Calculator(100);
        BinaryOp bound = calc.AddWithOffset;
        Console.WriteLine(Apply(bound, 1, 2));
        Notify n = Print;
        n("hello");
        Notify none = null;
        Console.WriteLine(none == null);
        int[] data = { 1, 2, 3, 4, 5, 6 };
        Console.WriteLine(Count(data, IsEven));
        Console.WriteLine(Count(data, delegate (int x) { return x > 4; }));
        BinaryOp[] table = { Add, Mul, calc.AddWithOffset };
        foreach (BinaryOp f in table) Console.Write(f(2, 3) + " ");
        Console.WriteLine();
        Console.WriteLine(op == null ? "null" : "assigned");
    }
}
