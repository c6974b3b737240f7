// For --stats: methods that are never called are never compiled.
using System;

class Program
{
    static int Used(int x) { return x + 1; }
    static int NeverCalled(int x) { return x * 1000; }
    static void Main()
    {
        int s = 0;
        for (int i = 0; i < 3; i++) s += Used(i);
        Console.WriteLine(s);
        if (s < 0) Console.WriteLine(NeverCalled(s));
    }
}
