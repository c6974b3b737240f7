using System;

public struct Particle
{
    public double X;
    public double V;
    public double Mass { get; set; }
    public void Move(double dt) { X += V * dt; }
    public double Momentum { get { return Mass * V; } }
}

public struct KeyValuePairLike { public string Key; public int Count; }

static class Program
{
    static void Main()
    {
        var ps = new Particle[3];
        for (int i = 0; i <= 2; i++) { ps[i].X = i; ps[i].V = i + 1; ps[i].Mass = 2; }
        for (int stp = 1; stp <= 3; stp++) for (int i = 0; i <= ps.Length - 1; i++) ps[i].Move(0.5);
        foreach (var p in ps) Console.WriteLine(p.X.ToString("F2") + " " + p.Momentum);
        Particle q = new Particle();
        Console.WriteLine(q.X + " " + q.Mass);
        var r = new Particle();
        r.V = 3;
        var copy = r;
        copy.V = 10;
        Console.WriteLine(r.V + " " + copy.V);
        object boxed = r;
        r.V = 4;
        Console.WriteLine(((Particle)boxed).V);
        var pair = new KeyValuePairLike { Key = "k", Count = 2 };
        Console.WriteLine(pair.Key + pair.Count);
    }
}
