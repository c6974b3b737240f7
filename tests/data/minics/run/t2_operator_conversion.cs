// test: mono-run
using System;

struct Celsius
{
    public readonly double Degrees;
    public Celsius(double d) { Degrees = d; }
    public static implicit operator double(Celsius c) { return c.Degrees; }
    public static explicit operator Celsius(double d) { return new Celsius(d); }
    public static explicit operator Fahrenheit(Celsius c) { return new Fahrenheit(c.Degrees * 9 / 5 + 32); }
    public override string ToString() { return Degrees.ToString("F1") + "C"; }
}

struct Fahrenheit
{
    public readonly double Degrees;
    public Fahrenheit(double d) { Degrees = d; }
    public static implicit operator Celsius(Fahrenheit f) { return new Celsius((f.Degrees - 32) * 5 / 9); }
    public override string ToString() { return Degrees.ToString("F1") + "F"; }
}

class Digit
{
    public readonly byte Value;
    public Digit(byte v)
    {
        if (v > 9) throw new ArgumentOutOfRangeException("v");
        Value = v;
    }
    public static implicit operator byte(Digit d) { return d.Value; }
    public static explicit operator Digit(int i) { return new Digit((byte)i); }
    public static implicit operator string(Digit d) { return "digit " + d.Value; }
}

class Program
{
    static double Twice(double d) { return d * 2; }

    static void Main()
    {
        Celsius c = (Celsius)100.0;
        double raw = c;
        Console.WriteLine(raw);
        Console.WriteLine(Twice(c));
        Fahrenheit f = (Fahrenheit)c;
        Console.WriteLine(f);
        Celsius back = f;
        Console.WriteLine(back);
        Celsius body = new Fahrenheit(98.6);
        Console.WriteLine(body.ToString());
        Digit d = (Digit)7;
        byte b = d;
        int asInt = d;
        string s = d;
        Console.WriteLine(b + " " + asInt + " " + s);
        Console.WriteLine(d + 1);
        try
        {
            Digit bad = (Digit)12;
            Console.WriteLine((byte)bad);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name);
        }
    }
}
