using System;

public interface IResettable { void Reset(); int Value { get; } }

public struct Tally : IResettable
{
    private int count;
    public void Add(int n) { count += n; }
    public void Reset() { count = 0; }
    public int Value { get { return count; } }
}

static class Program
{
    static void ResetIt(IResettable r) { r.Reset(); }
    static void ResetGeneric<T>(ref T r) where T : IResettable { r.Reset(); }

    static void Main()
    {
        var t = new Tally();
        t.Add(5);
        ResetIt(t);
        Console.WriteLine(t.Value);
        IResettable boxed = t;
        boxed.Reset();
        Console.WriteLine(t.Value + " " + boxed.Value);
        t.Add(2);
        ResetGeneric(ref t);
        Console.WriteLine(t.Value);
        var arr = new Tally[2];
        arr[0].Add(3);
        arr[1].Add(4);
        arr[1].Reset();
        Console.WriteLine(arr[0].Value + arr[1].Value);
    }
}
