// test: mono-run
using System;

class Program
{
    static int Validate(int[] values)
    {
        int bad = 0;
        foreach (int v in values)
        {
            if (v < 0)
            {
                Console.WriteLine("negative: " + v);
                bad++;
            }
        }
        return bad;
    }

    static int Main()
    {
        int bad = Validate(new int[] { 1, -2, 3, -4, -5 });
        Console.WriteLine("bad values: " + bad);
        if (bad > 0) return bad;
        Console.WriteLine("all good");
        return 0;
    }
}
