// test: mono-run
using System;

class Watchdog
{
    public event Action<int> Tick;
    public event Action<string> Fatal;

    public void Run()
    {
        for (int i = 1; i <= 10; i++)
        {
            if (Tick != null) Tick(i);
            if (i == 4 && Fatal != null) Fatal("limit reached at " + i);
        }
    }
}

class Program
{
    static void Main()
    {
        Watchdog w = new Watchdog();
        w.Tick += n => Console.WriteLine("tick " + n);
        w.Fatal += msg =>
        {
            Console.WriteLine("fatal: " + msg);
            Environment.Exit(5);
        };
        w.Run();
        Console.WriteLine("never printed");
    }
}
