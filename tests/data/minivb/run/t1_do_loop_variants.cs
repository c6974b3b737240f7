using System;

static class Program
{
    static void Main()
    {
        int i = 0;
        while (i < 3) { Console.Write("a" + i); i += 1; }
        Console.WriteLine();
        while (!(i == 0)) { Console.Write("b" + i); i -= 1; }
        Console.WriteLine();
        do { Console.Write("c" + i); i += 1; } while (i < 2);
        Console.WriteLine();
        do { Console.Write("d" + i); i += 10; } while (!true);
        Console.WriteLine();
        int n = 0;
        while (true) { n += 1; if (n % 2 == 1) continue; if (n > 8) break; Console.Write(n); }
        Console.WriteLine();
        int k = 5;
        while (k > 0) { k -= 2; if (k == 1) continue; Console.Write("w" + k); }
        Console.WriteLine();
        int outer = 0;
        while (outer < 3) { int inner = 0; while (true) { inner += 1; if (inner == 2) break; } outer += inner; }
        Console.WriteLine(outer);
    }
}
