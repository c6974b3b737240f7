using System;
using System.Collections.Generic;

public interface IObserver<T> { void OnNext(T value); void OnDone(); }

public class Subject<T>
{
    private readonly List<IObserver<T>> observers = new List<IObserver<T>>();
    public Action Subscribe(IObserver<T> o) { observers.Add(o); return () => observers.Remove(o); }
    public void Publish(T value) { foreach (var o in observers.ToArray()) o.OnNext(value); }
    public void Complete() { foreach (var o in observers) o.OnDone(); }
}

public class Printer<T> : IObserver<T>
{
    private readonly string name;
    public Printer(string name) { this.name = name; }
    public void OnNext(T value) { Console.WriteLine(name + " got " + value.ToString()); }
    public void OnDone() { Console.WriteLine(name + " done"); }
}

public class Summer : IObserver<int>
{
    public int Total;
    public void OnNext(int value) { Total += value; }
    public void OnDone() { Console.WriteLine("sum " + Total); }
}

static class Program
{
    static void Main()
    {
        var s = new Subject<int>();
        var unsubscribeA = s.Subscribe(new Printer<int>("A"));
        s.Subscribe(new Printer<int>("B"));
        var sum = new Summer();
        s.Subscribe(sum);
        s.Publish(1);
        s.Publish(2);
        unsubscribeA();
        s.Publish(3);
        s.Complete();
        var words = new Subject<string>();
        words.Subscribe(new Printer<string>("W"));
        words.Publish("hello");
        words.Complete();
    }
}
