// Nullable value types (lifted operators, ??, boxing to the value or null, unboxing)
// and a string switch large enough that mcs compiles it through a Dictionary.
using System;
class Program
{
    static string Kind(string s)
    {
        switch (s)
        {
            case "one": return "1";
            case "two": return "2";
            case "three": return "3";
            case "four": return "4";
            case "five": return "5";
            case "six": return "6";
            case "seven": return "7";
            case "eight": return "8";
            default: return "?";
        }
    }
    static int? Find(int[] xs, int v) { for (int i = 0; i < xs.Length; i++) if (xs[i] == v) return i; return null; }
    static void Main()
    {
        Console.WriteLine(Kind("three") + Kind("eight") + Kind("nine"));
        int? a = 5, b = null;
        Console.WriteLine(a.HasValue + " " + b.HasValue + " " + a.Value + " " + b.GetValueOrDefault() + " " + (a + 1) + " " + (b + 1 == null));
        Console.WriteLine(a ?? 0);
        Console.WriteLine(b ?? -1);
        object boxed = a;
        object boxedNull = b;
        Console.WriteLine(boxed + " " + (boxedNull == null) + " " + boxed.GetType().Name);
        int? back = (int?)boxed;
        Console.WriteLine(back.Value + " " + Find(new int[] { 4, 5, 6 }, 6) + " " + Find(new int[0], 1).HasValue);
        double? d = 2.5;
        Console.WriteLine(d * 2);
        Console.WriteLine(a > 3);
        Console.WriteLine(b > 3);
    }
}
