// test: mono-run
using System;

struct Pair
{
    public int A, B;
    public override string ToString() { return A + ":" + B; }
}

class Program
{
    static object Box(int x) { return x; }

    static void Main()
    {
        int i = 42;
        object o = i;
        i = 7;
        Console.WriteLine(o + " " + i);
        int back = (int)o;
        Console.WriteLine(back + 1);
        object d = 2.5;
        double dv = (double)d;
        Console.WriteLine(dv * 2);
        Pair p = new Pair();
        p.A = 1;
        p.B = 2;
        object po = p;
        p.A = 100;
        Console.WriteLine(po + " " + p);
        Pair unboxed = (Pair)po;
        Console.WriteLine(unboxed.A);
        object x = Box(5), y = Box(5);
        Console.WriteLine(x == y);
        Console.WriteLine(x.Equals(y));
        Console.WriteLine(Box(5).Equals(5L));
        object c = 'z';
        Console.WriteLine((char)c);
        object[] arr = { 1, 2L, 3.0f };
        int sum = (int)arr[0] + (int)(long)arr[1] + (int)(float)arr[2];
        Console.WriteLine(sum);
        try
        {
            long wrong = (long)o;
            Console.WriteLine(wrong);
        }
        catch (InvalidCastException e)
        {
            Console.WriteLine(e.GetType().Name);
        }
        object b = true;
        Console.WriteLine(b is bool);
        Console.WriteLine(b is int);
        object n = null;
        try
        {
            int fromNull = (int)n;
            Console.WriteLine(fromNull);
        }
        catch (NullReferenceException e)
        {
            Console.WriteLine(e.GetType().Name);
        }
    }
}
