// test: mono-run
using System;

class Program
{
    static float Area(float r) { return 3.14159f * r * r; }

    static void Main()
    {
        float a = 1.5f, b = 0.25f;
        Console.WriteLine(a + b);
        Console.WriteLine(a - b);
        Console.WriteLine(a * b);
        Console.WriteLine(a / b);
        Console.WriteLine(Area(2f).ToString("F2"));
        float acc = 0f;
        for (int i = 0; i < 1000; i++) acc += 0.001f;
        Console.WriteLine(acc.ToString("F3"));
        float big = 1e20f;
        Console.WriteLine((big * big > float.MaxValue));
        float tiny = 1e-30f;
        Console.WriteLine(tiny * tiny == 0f);
        double widened = 0.1f;
        Console.WriteLine(widened == 0.1);
        Console.WriteLine(((float)0.1) == 0.1f);
        float half = 0.5f;
        int n = (int)(half * 9);
        Console.WriteLine(n);
        float neg = -7.5f;
        Console.WriteLine(neg % 2f);
        Console.WriteLine(float.MaxValue > 3e38f);
        Console.WriteLine((1f / 3f).ToString("F5"));
    }
}
