// test: mono-run
using System;

class Thermostat
{
    public event Action<int> TemperatureChanged;
    public event Action Overheated;
    private int temp;

    public int Temperature
    {
        get { return temp; }
        set
        {
            if (value == temp) return;
            temp = value;
            if (TemperatureChanged != null) TemperatureChanged(temp);
            if (temp > 30 && Overheated != null) Overheated();
        }
    }
}

class Display
{
    private readonly string name;
    public int Updates;
    public Display(string name) { this.name = name; }
    public void Show(int t) { Updates++; Console.WriteLine(name + " shows " + t); }
}

class Program
{
    static void Alarm() { Console.WriteLine("ALARM!"); }

    static void Main()
    {
        Thermostat t = new Thermostat();
        t.Temperature = 10;
        Display a = new Display("lobby");
        Display b = new Display("office");
        t.TemperatureChanged += a.Show;
        t.TemperatureChanged += b.Show;
        t.Overheated += Alarm;
        t.Temperature = 20;
        t.Temperature = 20;
        t.TemperatureChanged -= a.Show;
        t.Temperature = 35;
        int sum = 0;
        Action<int> adder = v => sum += v;
        t.TemperatureChanged += adder;
        t.Temperature = 5;
        t.Temperature = 6;
        t.TemperatureChanged -= adder;
        t.Temperature = 7;
        Console.WriteLine(sum + " " + a.Updates + " " + b.Updates);
        t.Overheated -= Alarm;
        t.Temperature = 40;
    }
}
