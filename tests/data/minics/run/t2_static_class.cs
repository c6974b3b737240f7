// test: mono-run
using System;

static class MathUtil
{
    public const double Tau = 6.283185307179586;
    private static int calls;

    static MathUtil() { Console.WriteLine("MathUtil ready"); }

    public static int Calls { get { return calls; } }

    public static int Clamp(int v, int lo, int hi)
    {
        calls++;
        return v < lo ? lo : v > hi ? hi : v;
    }

    public static long Lcm(long a, long b)
    {
        calls++;
        return a / Gcd(a, b) * b;
    }

    private static long Gcd(long a, long b) { return b == 0 ? a : Gcd(b, a % b); }
}

static class StringUtil
{
    public static string Repeat(string s, int n)
    {
        string r = "";
        for (int i = 0; i < n; i++) r += s;
        return r;
    }

    public static bool IsBlank(string s) { return s == null || s.Trim().Length == 0; }
}

class Program
{
    static void Main()
    {
        Console.WriteLine("start");
        Console.WriteLine(MathUtil.Clamp(15, 0, 10));
        Console.WriteLine(MathUtil.Clamp(-3, 0, 10));
        Console.WriteLine(MathUtil.Lcm(4, 6));
        Console.WriteLine(MathUtil.Lcm(21, 6));
        Console.WriteLine(MathUtil.Calls);
        Console.WriteLine(MathUtil.Tau.ToString("F4"));
        Console.WriteLine(StringUtil.Repeat("ab", 3));
        Console.WriteLine(StringUtil.IsBlank("   ") + " " + StringUtil.IsBlank(null) + " " + StringUtil.IsBlank("x"));
    }
}
