// test: mono-run
using System;

class Temperature
{
    private double celsius;

    public double Celsius
    {
        get { return celsius; }
        set
        {
            if (value < -273.15) throw new ArgumentException("below absolute zero");
            celsius = value;
        }
    }

    public double Fahrenheit
    {
        get { return celsius * 9 / 5 + 32; }
        set { Celsius = (value - 32) * 5 / 9; }
    }

    public string Description => celsius < 0 ? "freezing" : celsius < 25 ? "mild" : "hot";

    private int reads;
    public int Reads { get { return reads; } }

    public double Kelvin
    {
        get { reads++; return celsius + 273.15; }
    }
}

class Program
{
    static void Main()
    {
        Temperature t = new Temperature();
        t.Celsius = 100;
        Console.WriteLine(t.Fahrenheit.ToString("F1"));
        t.Fahrenheit = 32;
        Console.WriteLine(t.Celsius.ToString("F1"));
        Console.WriteLine(t.Description);
        t.Celsius = 30;
        Console.WriteLine(t.Description);
        t.Celsius -= 40;
        Console.WriteLine(t.Celsius + " " + t.Description);
        Console.WriteLine(t.Kelvin.ToString("F2"));
        Console.WriteLine(t.Kelvin.ToString("F2"));
        Console.WriteLine(t.Reads);
        try
        {
            t.Celsius = -300;
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }
        Console.WriteLine(t.Celsius);
    }
}
