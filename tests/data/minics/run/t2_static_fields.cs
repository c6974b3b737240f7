// test: mono-run
using System;

class Ticket
{
    private static int nextId = 1;
    public static int Issued;
    public readonly int Id;
    public string Owner;

    public Ticket(string owner)
    {
        Id = nextId++;
        Owner = owner;
        Issued++;
    }

    public static void ResetNumbering(int start) { nextId = start; }

    public override string ToString() { return "#" + Id + " " + Owner; }
}

class Config
{
    public static string Mode = "debug";
    public static int[] Levels = { 1, 2, 3 };
}

class Program
{
    static int calls;

    static int Next() { return ++calls; }

    static void Main()
    {
        Console.WriteLine(new Ticket("ann"));
        Console.WriteLine(new Ticket("bob"));
        Ticket.ResetNumbering(100);
        Console.WriteLine(new Ticket("cid"));
        Console.WriteLine(Ticket.Issued);
        Console.WriteLine(Config.Mode);
        Config.Mode = "release";
        Console.WriteLine(Config.Mode);
        Config.Levels[1] = 20;
        Console.WriteLine(Config.Levels[0] + Config.Levels[1] + Config.Levels[2]);
        Next(); Next();
        Console.WriteLine(Next());
        Console.WriteLine(calls);
    }
}
