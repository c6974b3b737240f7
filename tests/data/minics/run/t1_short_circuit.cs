// test: mono-run
using System;

class Program
{
    static int calls;

    static bool Check(string label, bool result)
    {
        calls++;
        Console.WriteLine("  check " + label);
        return result;
    }

    static void Main()
    {
        Console.WriteLine("false && x:");
        bool r = Check("A", false) && Check("B", true);
        Console.WriteLine(r);
        Console.WriteLine("true || x:");
        r = Check("C", true) || Check("D", false);
        Console.WriteLine(r);
        Console.WriteLine("true && x:");
        r = Check("E", true) && Check("F", false);
        Console.WriteLine(r);
        Console.WriteLine("mixed:");
        r = Check("G", false) || Check("H", true) && Check("I", true);
        Console.WriteLine(r);
        string s = null;
        if (s != null && s.Length > 0)
        {
            Console.WriteLine("never");
        }
        else
        {
            Console.WriteLine("null guarded");
        }
        int[] arr = { 1, 2, 3 };
        int idx = 5;
        bool inRange = idx < arr.Length && arr[idx] > 0;
        Console.WriteLine(inRange);
        Console.WriteLine(!(calls > 10) ? "few calls: " + calls : "many");
        int x = 10;
        string size = x < 5 ? "small" : x < 20 ? "medium" : "large";
        Console.WriteLine(size);
    }
}
