using System;
using System.Collections.Generic;

public class Lcg
{
    private uint state;
    public Lcg(uint seed) { state = seed; }
    public int NextInt(int max) { state = (uint)(((ulong)state * 1664525UL + 1013904223UL) % 4294967296UL); return (int)(state % (uint)max); }
}

public struct Customer { public int Id; public int Arrival; public int Service; }

static class Simulation
{
    static void Main()
    {
        var rng = new Lcg(42);
        var waiting = new Queue<Customer>();
        int nextId = 1, busyUntil = 0, totalWait = 0, served = 0, maxQueue = 0;
        for (int t = 0; t <= 59; t++)
        {
            if (rng.NextInt(3) == 0) { waiting.Enqueue(new Customer { Id = nextId, Arrival = t, Service = 1 + rng.NextInt(4) }); nextId += 1; }
            maxQueue = Math.Max(maxQueue, waiting.Count);
            if (t >= busyUntil && waiting.Count > 0)
            {
                var c = waiting.Dequeue();
                totalWait += t - c.Arrival;
                busyUntil = t + c.Service;
                served += 1;
            }
        }
        Console.WriteLine("arrived " + (nextId - 1));
        Console.WriteLine("served " + served);
        Console.WriteLine("still waiting " + waiting.Count);
        Console.WriteLine("max queue " + maxQueue);
        Console.WriteLine("average wait " + ((double)totalWait / Math.Max(served, 1)).ToString("F2"));
    }
}
