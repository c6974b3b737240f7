using System;

public class TransientException : Exception { public TransientException(string msg) : base(msg) { } }

public class RetryPolicy
{
    public int MaxAttempts { get; set; } = 3;
    public Action<string> Log { get; set; } = s => Console.WriteLine(s);
    public T Execute<T>(Func<int, T> operation)
    {
        int attempt = 0;
        while (true)
        {
            attempt += 1;
            try { return operation(attempt); }
            catch (TransientException ex) when (attempt < MaxAttempts) { Log("attempt " + attempt + " failed: " + ex.Message + ", retrying"); }
        }
    }
}

static class Program
{
    static string Flaky(int attempt) { if (attempt < 3) throw new TransientException("timeout #" + attempt); return "payload after " + attempt; }

    static void Main()
    {
        var p = new RetryPolicy();
        Console.WriteLine(p.Execute<string>(Flaky));
        p.MaxAttempts = 2;
        try { p.Execute<string>(Flaky); }
        catch (TransientException ex) { Console.WriteLine("gave up: " + ex.Message); }
        var quiet = new RetryPolicy { Log = s => Console.Write("") };
        Console.WriteLine(quiet.Execute(a => a * 10));
    }
}
