// test: mono-run
using System;

class Program
{
    static int? Find(int[] xs, int target)
    {
        for (int i = 0; i < xs.Length; i++) if (xs[i] == target) return i;
        return null;
    }

    static void Main()
    {
        int? a = 5;
        int? b = null;
        Console.WriteLine(a.HasValue + " " + b.HasValue);
        Console.WriteLine(a.Value);
        Console.WriteLine(a.GetValueOrDefault() + " " + b.GetValueOrDefault() + " " + b.GetValueOrDefault(-1));
        Console.WriteLine(b ?? 42);
        Console.WriteLine(a ?? 42);
        Console.WriteLine("[" + b + "]");
        Console.WriteLine(a == 5);
        Console.WriteLine(b == null);
        int[] data = { 4, 8, 15 };
        int? idx = Find(data, 8);
        Console.WriteLine(idx.HasValue ? "found at " + idx.Value : "missing");
        idx = Find(data, 16);
        Console.WriteLine(idx.HasValue ? "found at " + idx.Value : "missing");
        try
        {
            int v = b.Value;
            Console.WriteLine(v);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name);
        }
        int plain = (int)a;
        Console.WriteLine(plain);
        Nullable<double> d = 2.5;
        Console.WriteLine(d.Value * 2);
        bool? flag = null;
        Console.WriteLine(flag.HasValue);
        flag = true;
        Console.WriteLine(flag == true);
        object boxedNull = b;
        Console.WriteLine(boxedNull == null);
        object boxedFive = a;
        Console.WriteLine(boxedFive.GetType().Name);
        int? c = b ?? a ?? 0;
        Console.WriteLine(c);
        char? ch = 'x';
        Console.WriteLine(ch);
    }
}
