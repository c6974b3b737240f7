// test: mono-run
using System;

class Program
{
    static void Main()
    {
        double pi = 3.14159265;
        Console.WriteLine(string.Format("{0:F0}", pi));
        Console.WriteLine(string.Format("{0:F2}", pi));
        Console.WriteLine(string.Format("{0:F4}", pi));
        Console.WriteLine(string.Format("{0:F2}", -1.5));
        Console.WriteLine(string.Format("{0:F1}", 0.05));
        Console.WriteLine(string.Format("{0:F3}", 1234567.0));
        Console.WriteLine(string.Format("{0:F2}", 10));
        Console.WriteLine(string.Format("{0:X}", 255));
        Console.WriteLine(string.Format("{0:x}", 255));
        Console.WriteLine(string.Format("{0:X8}", 48879));
        Console.WriteLine(string.Format("{0:X}", -1));
        Console.WriteLine(string.Format("{0:X}", 4294967295u));
        Console.WriteLine(string.Format("{0:X}", long.MaxValue));
        Console.WriteLine(string.Format("{0:D}", 42));
        Console.WriteLine(string.Format("{0:D5}", 42));
        Console.WriteLine(string.Format("{0:D5}", -42));
        Console.WriteLine(string.Format("{0:D2}", 12345));
        Console.WriteLine(string.Format("{0:d3}", (byte)7));
        Console.WriteLine(string.Format("{0:F1}", 2.5f));
        Console.WriteLine(string.Format("{0:D3}:{1:D2}:{2:D2}", 1, 2, 3));
        Console.WriteLine(string.Format("#{0:X2}{1:X2}{2:X2}", 255, 128, 0));
        Console.WriteLine("{0:F3} {1:X4}", 0.5, 171);
    }
}
