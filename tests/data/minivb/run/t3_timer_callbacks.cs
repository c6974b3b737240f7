using System;
using System.Collections.Generic;

public class Scheduler
{
    private readonly List<KeyValuePair<int, Action>> jobs = new List<KeyValuePair<int, Action>>();
    public int Now { get; set; }
    public void At(int time, Action job) { jobs.Add(new KeyValuePair<int, Action>(time, job)); }
    public void Every(int period, int count, Action<int> job) { for (int i = 1; i <= count; i++) { var n = i; At(period * i, () => job(n)); } }
    public void Run()
    {
        jobs.Sort((a, b) => a.Key.CompareTo(b.Key));
        foreach (var j in jobs) { Now = j.Key; j.Value(); }
    }
}

static class Program
{
    static void Main()
    {
        var s = new Scheduler();
        s.At(5, () => Console.WriteLine("t=" + s.Now + " single job"));
        s.Every(3, 3, n => Console.WriteLine("t=" + s.Now + " tick " + n));
        s.At(1, () => Console.WriteLine("t=" + s.Now + " first"));
        s.Run();
        Console.WriteLine("ended at " + s.Now);
    }
}
