// test: mono-run
using System;

class Employee
{
    public string Name { get; set; }
    public virtual int Salary { get { return 1000; } }
    public virtual string Title { get; set; } = "employee";
    public int Bonus { get { return Salary / 10; } }
}

class Manager : Employee
{
    public int Reports { get; set; }
    public override int Salary { get { return base.Salary + Reports * 100; } }
    private string title = "manager";
    public override string Title
    {
        get { return title.ToUpper(); }
        set { title = value + " (mgr)"; }
    }
}

class Intern : Employee
{
    public override int Salary => 300;
}

class Program
{
    static void Main()
    {
        Employee[] staff =
        {
            new Employee { Name = "ann" },
            new Manager { Name = "bob", Reports = 3 },
            new Intern { Name = "cid", Title = "intern" },
        };
        foreach (Employee e in staff)
            Console.WriteLine(e.Name + " " + e.Title + " " + e.Salary + " bonus " + e.Bonus);
        staff[1].Title = "director";
        Console.WriteLine(staff[1].Title);
        Manager m = (Manager)staff[1];
        m.Reports++;
        Console.WriteLine(m.Salary + " " + staff[1].Bonus);
    }
}
