using System;
using System.Runtime.InteropServices;

class Program
{
    [DllImport("libm.so.6")]
    static extern double cos(double x);

    [DllImport("libm.so.6")]
    static extern double pow(double x, double y);

    [DllImport("libm.so.6")]
    static extern double floor(double x);

    [DllImport("libm.so.6", EntryPoint = "sqrtf")]
    static extern float SqrtF(float x);

    [DllImport("libm.so.6")]
    static extern double ldexp(double x, int e);

    [DllImport("libm.so.6")]
    static extern double fmax(double a, double b);

    [DllImport("libm.so.6")]
    static extern double modf(double x, out double intPart);

    [DllImport("libm.so.6")]
    static extern double frexp(double x, ref int exp);

    static void Main()
    {
        double ip;
        double frac = modf(3.75, out ip);
        Console.WriteLine("modf(3.75) = " + frac + " + " + ip);
        int e = -99;
        double mant = frexp(48.0, ref e);
        Console.WriteLine("frexp(48) = " + mant + " * 2^" + e);
        Console.WriteLine("cos(0) = " + cos(0.0));
        Console.WriteLine("cos(pi) = " + cos(Math.PI));
        Console.WriteLine("pow(2, 10) = " + pow(2.0, 10.0));
        Console.WriteLine("pow(9, 0.5) = " + pow(9.0, 0.5));
        Console.WriteLine("floor(-2.5) = " + floor(-2.5));
        Console.WriteLine("floor(3.99) = " + floor(3.99));
        Console.WriteLine("sqrtf(2) = " + SqrtF(2.0f));
        Console.WriteLine("ldexp(3, 4) = " + ldexp(3.0, 4));
        Console.WriteLine("fmax = " + fmax(-1.5, 2.25));
        double acc = 0;
        for (int i = 0; i < 100; i++) acc += floor(i * 0.5);
        Console.WriteLine("sum = " + acc);
    }
}
