using System;
using System.Collections.Generic;

public abstract class Employee
{
    private static int created;
    protected readonly string name;
    protected Employee(string name) { this.name = name; created += 1; }
    public static int Created { get { return created; } }
    public abstract int Pay();
    public virtual string Title() { return "Employee"; }
    public override string ToString() { return Title() + " " + name + ": " + Pay(); }
}

public class Salaried : Employee
{
    private readonly int salary;
    public Salaried(string name, int salary) : base(name) { this.salary = salary; }
    public override int Pay() { return salary / 12; }
}

public class Hourly : Employee
{
    private readonly int rate;
    private readonly int hours;
    public Hourly(string name, int rate, int hours) : base(name) { this.rate = rate; this.hours = hours; }
    public override int Pay() { var overtime = Math.Max(0, hours - 160); return rate * (hours - overtime) + rate * overtime * 3 / 2; }
    public override string Title() { return "Hourly"; }
}

public class Manager : Salaried
{
    private readonly List<Employee> reports = new List<Employee>();
    public Manager(string name, int salary) : base(name, salary) { }
    public void AddReport(Employee e) { reports.Add(e); }
    public override int Pay() { return base.Pay() + 100 * reports.Count; }
    public sealed override string Title() { return "Manager(" + reports.Count + ")"; }
}

static class Program
{
    static void Main()
    {
        var m = new Manager("Grace", 120000);
        var staff = new List<Employee> { new Salaried("Alan", 60000), new Hourly("Ada", 50, 170), m };
        m.AddReport(staff[0]);
        m.AddReport(staff[1]);
        int total = 0;
        foreach (var e in staff) { Console.WriteLine(e); total += e.Pay(); }
        Console.WriteLine("total " + total);
        Console.WriteLine("created " + Employee.Created);
    }
}
