// test: mono-run
using System;

struct Counter
{
    public readonly int Value;
    public Counter(int v) { Value = v; }
    public static Counter operator ++(Counter c) { return new Counter(c.Value + 1); }
    public static Counter operator --(Counter c) { return new Counter(c.Value - 1); }
    public static Counter operator +(Counter c, int n) { return new Counter(c.Value + n); }
    public static Counter operator %(Counter c, int n) { return new Counter(c.Value % n); }
    public static Counter operator <<(Counter c, int n) { return new Counter(c.Value << n); }
    public static Counter operator &(Counter a, Counter b) { return new Counter(a.Value & b.Value); }
    public static Counter operator |(Counter a, Counter b) { return new Counter(a.Value | b.Value); }
    public static Counter operator ~(Counter a) { return new Counter(~a.Value); }
    public static bool operator !(Counter a) { return a.Value == 0; }
    public override string ToString() { return "#" + Value; }
}

class Program
{
    static void Main()
    {
        Counter c = new Counter(5);
        Counter post = c++;
        Console.WriteLine(post + " " + c);
        Counter pre = ++c;
        Console.WriteLine(pre + " " + c);
        c--;
        --c;
        Console.WriteLine(c);
        c += 10;
        Console.WriteLine(c);
        c %= 4;
        Console.WriteLine(c);
        c <<= 3;
        Console.WriteLine(c);
        Console.WriteLine(new Counter(12) & new Counter(10));
        Console.WriteLine(new Counter(12) | new Counter(3));
        Console.WriteLine(~new Counter(0));
        Console.WriteLine(!new Counter(0));
        Console.WriteLine(!c);
        Counter[] arr = { new Counter(1), new Counter(2) };
        arr[1]++;
        Console.WriteLine(arr[1]);
    }
}
