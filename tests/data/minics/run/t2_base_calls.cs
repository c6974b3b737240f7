// test: mono-run
using System;

class Logger
{
    protected string prefix = "log";
    public virtual string Format(string msg) { return "[" + prefix + "] " + msg; }
    public virtual int Level { get { return 1; } }
    public override string ToString() { return "Logger(" + prefix + ")"; }
}

class TimestampLogger : Logger
{
    private int tick;
    public override string Format(string msg)
    {
        tick++;
        return "t" + tick + " " + base.Format(msg);
    }
    public override int Level { get { return base.Level + 1; } }
}

class LoudLogger : TimestampLogger
{
    public LoudLogger() { prefix = "LOUD"; }
    public override string Format(string msg) { return base.Format(msg.ToUpper()) + "!"; }
    public override int Level { get { return base.Level * 10; } }
    public override string ToString() { return "Loud:" + base.ToString(); }
}

class Program
{
    static void Main()
    {
        Logger[] loggers = { new Logger(), new TimestampLogger(), new LoudLogger() };
        foreach (Logger l in loggers)
        {
            Console.WriteLine(l.Format("hello"));
            Console.WriteLine(l.Format("again"));
            Console.WriteLine(l.Level + " " + l);
        }
    }
}
