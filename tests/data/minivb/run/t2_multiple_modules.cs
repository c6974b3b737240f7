using System;

static class Config
{
    public static bool Verbose = true;
    public const string AppName = "multi";
    private static int counter;
    public static int NextId() { counter += 1; return counter; }
}

static class Logging
{
    public static void Log(string message) { if (Config.Verbose) Console.WriteLine("[" + Config.AppName + " #" + Config.NextId() + "] " + message); }
}

static class Program
{
    static void Main()
    {
        Logging.Log("starting");
        Logging.Log("working");
        Config.Verbose = false;
        Logging.Log("hidden");
        Config.Verbose = true;
        Logging.Log("visible again");
        Console.WriteLine(Config.NextId());
    }
}
