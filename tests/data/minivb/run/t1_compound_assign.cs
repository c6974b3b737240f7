using System;

static class Program
{
    private static int counter;
    static int Next1() { counter += 1; return counter; }

    static void Main()
    {
        int x = 10;
        x += 5; Console.WriteLine(x);
        x -= 3; Console.WriteLine(x);
        x *= 4; Console.WriteLine(x);
        x /= 5; Console.WriteLine(x);
        x = (int)Math.Round(Math.Pow(x, 2)); Console.WriteLine(x);
        x <<= 2; Console.WriteLine(x);
        x >>= 3; Console.WriteLine(x);
        double d = 1;
        d /= 4; Console.WriteLine(d);
        string s = "a";
        s += "b"; s += "c"; Console.WriteLine(s);
        int[] arr = { 1, 2, 3 };
        arr[Next1() - 1] += 10;
        Console.WriteLine(string.Join(",", arr) + " after " + counter);
        byte b = 250;
        try { b = checked((byte)(b + 10)); }
        catch (OverflowException) { Console.WriteLine("byte overflow"); }
        Console.WriteLine(b);
    }
}
