// test: mono-run
using System;

abstract class Employee
{
    public string Name { get; }
    protected Employee(string name) { Name = name; }
    public abstract Money Pay { get; }
    public abstract string Role();
    public virtual string Badge() { return Role() + ":" + Name; }
    public override string ToString() { return Badge() + " earns " + Pay.Amount; }
}

struct Money
{
    public int Amount;
    public Money(int a) { Amount = a; }
}

class Engineer : Employee
{
    private int level;
    public Engineer(string n, int level) : base(n) { this.level = level; }
    public override Money Pay { get { return new Money(1000 * level); } }
    public override string Role() { return "ENG"; }
}

class Manager : Employee
{
    private Employee[] reports;
    public Manager(string n, params Employee[] reports) : base(n) { this.reports = reports; }
    public override Money Pay
    {
        get
        {
            int sum = 2000;
            foreach (Employee e in reports) sum += e.Pay.Amount / 10;
            return new Money(sum);
        }
    }
    public override string Role() { return "MGR"; }
    public override string Badge() { return base.Badge() + "[" + reports.Length + "]"; }
}

abstract class Middle : Engineer
{
    protected Middle() : base("middle", 2) { }
    public abstract int Extra();
}

class Leaf : Middle
{
    public override int Extra() { return 7; }
}

class Program
{
    static void Main()
    {
        Engineer a = new Engineer("ann", 3);
        Engineer b = new Engineer("bob", 5);
        Manager m = new Manager("meg", a, b);
        Employee[] all = { a, b, m, new Leaf() };
        foreach (Employee e in all) Console.WriteLine(e);
        Middle mid = new Leaf();
        Console.WriteLine(mid.Extra() + " " + mid.Role());
    }
}
