using System;
using System.Collections.Generic;

public abstract class Expr
{
    public abstract double Eval(Dictionary<string, double> env);
    public abstract override string ToString();
}

public class Num : Expr
{
    private readonly double v;
    public Num(double v) { this.v = v; }
    public override double Eval(Dictionary<string, double> env) { return v; }
    public override string ToString() { return v.ToString(); }
}

public class Var : Expr
{
    private readonly string name;
    public Var(string name) { this.name = name; }
    public override double Eval(Dictionary<string, double> env) { return env[name]; }
    public override string ToString() { return name; }
}

public class BinOp : Expr
{
    private readonly char op;
    private readonly Expr l, r;
    public BinOp(char op, Expr l, Expr r) { this.op = op; this.l = l; this.r = r; }
    public override double Eval(Dictionary<string, double> env)
    {
        double a = l.Eval(env), b = r.Eval(env);
        switch (op)
        {
            case '+': return a + b;
            case '*': return a * b;
            case '-': return a - b;
            default: throw new InvalidOperationException("unknown op " + op);
        }
    }
    public override string ToString() { return "(" + l.ToString() + " " + op + " " + r.ToString() + ")"; }
}

static class Program
{
    static void Main()
    {
        Expr e = new BinOp('+', new BinOp('*', new Num(2), new Var("x")), new BinOp('-', new Var("y"), new Num(1)));
        var env = new Dictionary<string, double> { { "x", 5 }, { "y", 10 } };
        Console.WriteLine(e.ToString() + " = " + e.Eval(env));
        env["x"] = 0.5;
        Console.WriteLine(e.Eval(env));
        try { Console.WriteLine(new BinOp('/', new Num(1), new Num(2)).Eval(env)); }
        catch (InvalidOperationException ex) { Console.WriteLine(ex.Message); }
        try { Console.WriteLine(new Var("z").Eval(env)); }
        catch (KeyNotFoundException) { Console.WriteLine("unbound z"); }
    }
}
