using System;

public class Celsius
{
    public readonly double Degrees;
    public Celsius(double d) { Degrees = d; }
    public static implicit operator Fahrenheit(Celsius c) { return new Fahrenheit(c.Degrees * 9 / 5 + 32); }
    public static explicit operator int(Celsius c) { return (int)Math.Round(c.Degrees); }
}

public class Fahrenheit
{
    public readonly double Degrees;
    public Fahrenheit(double d) { Degrees = d; }
    public static explicit operator Celsius(Fahrenheit f) { return new Celsius((f.Degrees - 32) * 5 / 9); }
}

static class Program
{
    static void Show(Fahrenheit f) { Console.WriteLine(f.Degrees.ToString("F1") + " F"); }

    static void Main()
    {
        var body = new Celsius(37);
        Fahrenheit f = body;
        Show(f);
        Show(new Celsius(100));
        Celsius back = (Celsius)new Fahrenheit(212);
        Console.WriteLine(back.Degrees);
        int rounded = (int)new Celsius(21.5);
        Console.WriteLine(rounded);
        object o = new Celsius(1);
        Celsius c = (Celsius)o;
        Console.WriteLine(c.Degrees);
        string s = o as string;
        Console.WriteLine(s == null);
    }
}
