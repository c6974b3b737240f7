using System;

static class Program
{
    static bool T(string name) { Console.Write(name + " "); return true; }
    static bool F(string name) { Console.Write(name + " "); return false; }

    static void Main()
    {
        Console.WriteLine(F("a") && T("b"));
        Console.WriteLine(T("c") || F("d"));
        Console.WriteLine(F("e") & T("f"));
        Console.WriteLine(T("g") | F("h"));
        Console.WriteLine(T("i") ^ T("j"));
        Console.WriteLine(!F("k"));
        string s = null;
        if (s != null && s.Length > 0) Console.WriteLine("non-empty"); else Console.WriteLine("empty or nothing");
        int n = 0;
        if (n != 0 && 10 / n > 1) Console.WriteLine("never");
        Console.WriteLine(n == 0 ? "zero" : (10 / n).ToString());
    }
}
