// test: mono-run
using System;

interface IVisitor
{
    int VisitNum(Num n);
    int VisitAdd(Add a);
    int VisitMul(Mul m);
}

abstract class Expr
{
    public abstract int Accept(IVisitor v);
}

class Num : Expr
{
    public readonly int Value;
    public Num(int v) { Value = v; }
    public override int Accept(IVisitor v) { return v.VisitNum(this); }
}

class Add : Expr
{
    public readonly Expr L, R;
    public Add(Expr l, Expr r) { L = l; R = r; }
    public override int Accept(IVisitor v) { return v.VisitAdd(this); }
}

class Mul : Expr
{
    public readonly Expr L, R;
    public Mul(Expr l, Expr r) { L = l; R = r; }
    public override int Accept(IVisitor v) { return v.VisitMul(this); }
}

class Evaluator : IVisitor
{
    public int VisitNum(Num n) { return n.Value; }
    public int VisitAdd(Add a) { return a.L.Accept(this) + a.R.Accept(this); }
    public int VisitMul(Mul m) { return m.L.Accept(this) * m.R.Accept(this); }
}

class DepthCounter : IVisitor
{
    public int VisitNum(Num n) { return 1; }
    public int VisitAdd(Add a) { return 1 + Math.Max(a.L.Accept(this), a.R.Accept(this)); }
    public int VisitMul(Mul m) { return 1 + Math.Max(m.L.Accept(this), m.R.Accept(this)); }
}

class Printer : IVisitor
{
    public string Text = "";
    public int VisitNum(Num n) { Text += n.Value; return 0; }
    public int VisitAdd(Add a) { Text += "("; a.L.Accept(this); Text += " + "; a.R.Accept(this); Text += ")"; return 0; }
    public int VisitMul(Mul m) { m.L.Accept(this); Text += " * "; m.R.Accept(this); return 0; }
}

class Program
{
    static void Main()
    {
        Expr e = new Mul(new Add(new Num(2), new Num(3)), new Add(new Num(4), new Mul(new Num(5), new Num(6))));
        Printer p = new Printer();
        e.Accept(p);
        Console.WriteLine(p.Text);
        Console.WriteLine(e.Accept(new Evaluator()));
        Console.WriteLine(e.Accept(new DepthCounter()));
    }
}
