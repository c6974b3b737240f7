// Integer and floating-point arithmetic, wraparound, shifts, conversions, checked overflow.
using System;

class Program
{
    static int Checked(int a, int b) { return checked(a * b); }

    static void Main()
    {
        int a = 17, b = -5;
        Console.WriteLine(a + b);
        Console.WriteLine(a - b);
        Console.WriteLine(a * b);
        Console.WriteLine(a / b);
        Console.WriteLine(a % b);
        Console.WriteLine(-a / 4);
        Console.WriteLine(-a % 4);
        Console.WriteLine(a & 6);
        Console.WriteLine(a | 6);
        Console.WriteLine(a ^ 6);
        Console.WriteLine(~a);
        Console.WriteLine(a << 3);
        Console.WriteLine(b >> 1);
        Console.WriteLine((uint)b >> 1);
        Console.WriteLine(int.MaxValue + a);
        long big = 1L << 40;
        Console.WriteLine(big * 3 + 7);
        Console.WriteLine(big / -3);
        Console.WriteLine(long.MinValue);
        ulong u = ulong.MaxValue;
        Console.WriteLine(u);
        Console.WriteLine(u / 3);
        Console.WriteLine(unchecked((byte)(a * 20)));
        Console.WriteLine(unchecked((sbyte)(a * 12)));
        Console.WriteLine(unchecked((short)(a * 5000)));
        Console.WriteLine(unchecked((ushort)b));
        Console.WriteLine((char)65);
        Console.WriteLine((int)'z');
        Console.WriteLine((long)int.MinValue);
        Console.WriteLine((ulong)(uint)b);
        double x = 7.5, y = -2.25;
        Console.WriteLine(x + y);
        Console.WriteLine(x * y);
        Console.WriteLine(x / y);
        Console.WriteLine(x % 2);
        Console.WriteLine((int)x);
        Console.WriteLine((int)y);
        Console.WriteLine((long)(x * 1e10));
        Console.WriteLine(1.0 / 3);
        Console.WriteLine(2.0 / 3 * 3);
        Console.WriteLine(1e300 * 1e10);
        Console.WriteLine(0.1 + 0.2 == 0.3);
        float f = 1.1f;
        Console.WriteLine(f * 3);
        Console.WriteLine((double)f);
        Console.WriteLine(Math.Sqrt(2));
        Console.WriteLine(Math.Abs(-7) + Math.Max(3, 9) + Math.Min(-1, 4));
        Console.WriteLine(Math.Floor(-2.5) + " " + Math.Ceiling(2.1) + " " + Math.Pow(2, 10));
        Console.WriteLine(Checked(1000, 1000));
        bool t = a > b && b < 0 || a == 3;
        Console.WriteLine(t);
        Console.WriteLine(a > b ? "greater" : "not greater");
        Console.WriteLine(Checked(100000, 100000));
    }
}
