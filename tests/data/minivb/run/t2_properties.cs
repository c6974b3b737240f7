using System;
using System.Collections.Generic;

public class Temperature
{
    private double celsiusValue;
    private readonly List<double> past = new List<double>();
    public double Celsius
    {
        get { return celsiusValue; }
        set { if (value < -273.15) return; past.Add(celsiusValue); celsiusValue = value; }
    }
    public double Fahrenheit
    {
        get { return celsiusValue * 9 / 5 + 32; }
        set { Celsius = (value - 32) * 5 / 9; }
    }
    public double GetHistory(int index) { return past[index]; }
    public string Note { set { Console.WriteLine("note: " + value); } }
    public string Label { get; set; } = "room";
    public static string Unit { get; set; } = "C";
    public int Changes { get { return past.Count; } }
}

static class Program
{
    static void Main()
    {
        var t = new Temperature();
        t.Celsius = 20;
        t.Fahrenheit = 212;
        t.Celsius = -500;
        Console.WriteLine(t.Celsius.ToString("F1") + " / " + t.Fahrenheit.ToString("F1"));
        Console.WriteLine(t.Changes + " " + t.GetHistory(1).ToString("F1"));
        t.Note = "boiling";
        Console.WriteLine(t.Label + " " + Temperature.Unit);
        t.Label += " 1";
        Temperature.Unit = "K";
        Console.WriteLine(t.Label + " " + Temperature.Unit);
        t.Celsius += 5;
        Console.WriteLine(t.Celsius);
    }
}
