using System;
using Net;

static class App
{
    static string Fetch(string path)
    {
        try { return Client.Get(path); }
        catch (TimeoutError ex) { return "retry later (" + ex.Status + ")"; }
        catch (HttpError ex) when (ex.Status >= 400 && ex.Status < 500) { return "client error " + ex.Status + ": " + ex.Message; }
        catch (HttpError ex) { return "server error " + ex.Status; }
    }

    static void Main()
    {
        foreach (var p in new string[] { "/", "/missing", "/slow", "/crash" }) Console.WriteLine(p + " -> " + Fetch(p));
        try { Fetch("bad"); }
        catch (ArgumentException ex) { Console.WriteLine("escaped: " + ex.Message); }
    }
}
