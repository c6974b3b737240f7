using System;

static class Program
{
    static void Main()
    {
        bool found = false;
        for (int a = 1; a <= 20; a++)
            for (int b = a; b <= 20; b++)
            {
                var c2 = a * a + b * b;
                var c = (int)Math.Round(Math.Sqrt(c2));
                if (c * c == c2 && c <= 20) Console.Write("(" + a + "," + b + "," + c + ") ");
            }
        Console.WriteLine();
        for (int i = 1; i <= 5; i++)
        {
            for (int j = 1; j <= 5; j++)
                if (i * j == 12) { Console.WriteLine("first product 12 at " + i + "x" + j); found = true; break; }
            if (found) break;
        }
        int n = 0;
        while (true)
        {
            n += 1;
            if (n == 3) continue;
            if (n == 6) break;
            Console.Write(n);
        }
        Console.WriteLine();
        int k = 0;
    retry:
        k += 1;
        if (k < 4) goto retry;
        Console.WriteLine("k=" + k);
    }
}
