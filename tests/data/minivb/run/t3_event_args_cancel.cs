using System;
using System.ComponentModel;

public class Downloader
{
    public event EventHandler<CancelEventArgs> Starting;
    public delegate void ProgressEventHandler(int percent);
    public event ProgressEventHandler Progress;
    public event EventHandler Finished;

    public bool Download(string name)
    {
        var args = new CancelEventArgs();
        if (Starting != null) Starting(this, args);
        if (args.Cancel) { Console.WriteLine(name + " cancelled"); return false; }
        for (int p = 25; p <= 100; p += 25) if (Progress != null) Progress(p);
        if (Finished != null) Finished(this, EventArgs.Empty);
        return true;
    }
}

static class Program
{
    private static bool allow = false;

    static void Main()
    {
        var d = new Downloader();
        d.Starting += (s, e) => e.Cancel = !allow;
        d.Progress += p => Console.Write(p + "% ");
        d.Finished += (s, e) => Console.WriteLine("done");
        Console.WriteLine(d.Download("first"));
        allow = true;
        Console.WriteLine(d.Download("second"));
    }
}
