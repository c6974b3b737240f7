// test: mono-run
using System;

class Program
{
    static void Main()
    {
        for (int i = 0; i < 10; i++)
        {
            if (i % 2 == 0) continue;
            if (i > 7) break;
            Console.Write(i + " ");
        }
        Console.WriteLine();
        int found = -1;
        int[,] grid = { { 1, 2, 3 }, { 4, 42, 6 }, { 7, 8, 9 } };
        bool stop = false;
        for (int r = 0; r < 3 && !stop; r++)
        {
            for (int c = 0; c < 3; c++)
            {
                if (grid[r, c] == 42)
                {
                    found = r * 3 + c;
                    stop = true;
                    break;
                }
            }
        }
        Console.WriteLine(found);
        int n = 0;
        while (true)
        {
            n++;
            if (n < 5) continue;
            break;
        }
        Console.WriteLine(n);
        int sum = 0;
        int k = 0;
        do
        {
            k++;
            if (k == 3) continue;
            sum += k;
        } while (k < 6);
        Console.WriteLine(sum);
        foreach (string w in new string[] { "keep", "skip", "keep2", "end", "after" })
        {
            if (w == "skip") continue;
            if (w == "end") break;
            Console.WriteLine(w);
        }
        for (int a = 2; a < 30; a++)
        {
            bool prime = true;
            for (int d = 2; d * d <= a; d++)
            {
                if (a % d == 0) { prime = false; break; }
            }
            if (!prime) continue;
            Console.Write(a + " ");
        }
        Console.WriteLine();
    }
}
