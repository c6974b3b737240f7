// test: mono-run
using System;

class Token
{
    public virtual string Kind() { return "token"; }
    public virtual int Weight() { return 1; }
}

class Word : Token
{
    public sealed override string Kind() { return "word"; }
    public override int Weight() { return 2; }
}

sealed class Keyword : Word
{
    public override int Weight() { return 10; }
    public string Text = "if";
}

class Name : Word
{
    public override int Weight() { return base.Weight() + 1; }
}

class Program
{
    static void Main()
    {
        Token[] tokens = { new Token(), new Word(), new Keyword(), new Name() };
        int total = 0;
        foreach (Token t in tokens)
        {
            Console.WriteLine(t.Kind() + " " + t.Weight() + " " + t.GetType().Name);
            total += t.Weight();
        }
        Console.WriteLine(total);
        Keyword k = new Keyword();
        Console.WriteLine(k.Text + " " + k.Kind());
    }
}
