using System;

public delegate void Notify(string message);

static class Program
{
    private static int count;
    static void ToConsole(string message) { Console.WriteLine("console: " + message); }
    static void Counter(string message) { count += message.Length; }

    static void Main()
    {
        Notify n = ToConsole;
        n = (Notify)Delegate.Combine(n, new Notify(Counter));
        n = (Notify)Delegate.Combine(n, new Notify(m => Console.WriteLine("lambda: " + m.ToUpper())));
        n("hello");
        Console.WriteLine(n.GetInvocationList().Length + " targets, count=" + count);
        n = (Notify)Delegate.Remove(n, new Notify(ToConsole));
        n("again");
        Console.WriteLine(n.GetInvocationList().Length + " targets, count=" + count);
        Func<int> f = () => 1;
        f = (Func<int>)Delegate.Combine(f, new Func<int>(() => 2));
        Console.WriteLine(f());
        Notify nothingYet = null;
        Console.WriteLine(nothingYet == null);
    }
}
