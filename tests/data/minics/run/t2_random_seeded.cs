// test: mono-run
// args: -r:System.dll
// A seeded System.Random gives the .NET Framework's sequence; Stopwatch only runs.
using System;
using System.Diagnostics;
class P
{
    static void Main()
    {
        Stopwatch sw = Stopwatch.StartNew();
        foreach (int seed in new int[] { 0, 1, 42, -7, int.MinValue, 123456789 })
        {
            Random r = new Random(seed);
            Console.Write(seed + ": ");
            for (int i = 0; i < 5; i++) Console.Write(r.Next(100) + " ");
            Console.Write(r.Next() + " " + r.Next(-50, 50) + " " + r.Next(int.MinValue, int.MaxValue) + " " + r.NextDouble().ToString("F6") + " ");
            byte[] b = new byte[4];
            r.NextBytes(b);
            Console.WriteLine(b[0] + "," + b[1] + "," + b[2] + "," + b[3]);
        }
        int[] deck = new int[10];
        for (int i = 0; i < deck.Length; i++) deck[i] = i;
        Random shuffle = new Random(2024);
        for (int i = deck.Length - 1; i > 0; i--)
        {
            int j = shuffle.Next(i + 1);
            int t = deck[i]; deck[i] = deck[j]; deck[j] = t;
        }
        Console.WriteLine(string.Join(" ", deck));
        sw.Stop();
        Console.WriteLine(sw.ElapsedMilliseconds >= 0 && !sw.IsRunning && Stopwatch.Frequency > 0);
    }
}
