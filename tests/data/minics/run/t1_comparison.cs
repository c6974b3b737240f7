// test: mono-run
using System;

class Program
{
    static void Main()
    {
        int a = 3, b = 7;
        Console.WriteLine(a < b);
        Console.WriteLine(a > b);
        Console.WriteLine(a <= 3);
        Console.WriteLine(b >= 8);
        Console.WriteLine(a == 3);
        Console.WriteLine(a != b);
        uint u = 3000000000u;
        int neg = -1;
        Console.WriteLine(u > neg);
        Console.WriteLine(neg < 0u);
        long l = -5;
        ulong ul = 5;
        Console.WriteLine(l < (long)ul);
        double zero = 0.0;
        double nan = zero / zero;
        double alsoNan = nan;
        Console.WriteLine(nan == alsoNan);
        Console.WriteLine(nan != alsoNan);
        Console.WriteLine(nan < 1.0);
        Console.WriteLine(nan >= 1.0);
        Console.WriteLine(double.IsNaN(nan));
        Console.WriteLine(-0.0 == 0.0);
        Console.WriteLine(0.5f < 0.75);
        char c1 = 'a', c2 = 'b';
        Console.WriteLine(c1 < c2);
        Console.WriteLine('Z' < 'a');
        Console.WriteLine(int.MinValue < int.MaxValue);
        Console.WriteLine(3.CompareTo(7));
        Console.WriteLine(7.CompareTo(3));
        Console.WriteLine(5L.CompareTo(5L));
        Console.WriteLine(true == (a < b));
    }
}
