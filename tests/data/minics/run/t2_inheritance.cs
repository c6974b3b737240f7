// test: mono-run
using System;

class Vehicle
{
    public int Wheels;
    protected int speed;
    public string Name { get; set; }

    public Vehicle(string name, int wheels)
    {
        Name = name;
        Wheels = wheels;
    }

    public void Accelerate(int delta) { speed += delta; }
    public int Speed() { return speed; }
    public string Info() { return Name + " (" + Wheels + " wheels) at " + speed; }
}

class Car : Vehicle
{
    public int Doors;
    public Car(string name) : base(name, 4) { Doors = 4; }
    public void Boost() { speed *= 2; }
}

class SportsCar : Car
{
    public SportsCar(string name) : base(name) { Doors = 2; }
    public void Launch() { Accelerate(50); Boost(); }
}

class Bike : Vehicle
{
    public Bike() : base("bike", 2) { }
}

class Program
{
    static void Main()
    {
        SportsCar s = new SportsCar("zoom");
        s.Launch();
        Console.WriteLine(s.Info() + ", doors " + s.Doors);
        Car c = s;
        c.Boost();
        Vehicle v = c;
        Console.WriteLine(v.Speed());
        Vehicle[] all = { new Car("sedan"), new Bike(), s };
        foreach (Vehicle x in all)
        {
            x.Accelerate(10);
            Console.WriteLine(x.Info());
        }
        Console.WriteLine(all[0] is Car);
        Console.WriteLine(all[1] is Car);
        Console.WriteLine(all[2] is SportsCar);
        Console.WriteLine(all[2].GetType().Name);
    }
}
