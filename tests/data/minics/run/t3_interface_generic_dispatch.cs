// test: mono-run
using System;
using System.Collections.Generic;

interface IHandler<T>
{
    string Handle(T message);
}

class Logger : IHandler<string>, IHandler<int>
{
    public string Handle(string m) { return "text: " + m; }
    public string Handle(int m) { return "number: " + m; }
}

class Router
{
    private readonly Dictionary<string, Func<object, string>> routes = new Dictionary<string, Func<object, string>>();

    public void Register<T>(string name, IHandler<T> handler)
    {
        routes[name] = o => handler.Handle((T)o);
    }

    public string Send(string name, object message)
    {
        Func<object, string> route;
        if (!routes.TryGetValue(name, out route)) return "no route " + name;
        try
        {
            return route(message);
        }
        catch (InvalidCastException)
        {
            return "wrong message type for " + name;
        }
    }
}

class Program
{
    static void Main()
    {
        Logger log = new Logger();
        Router r = new Router();
        r.Register<string>("text", log);
        r.Register<int>("num", log);
        Console.WriteLine(r.Send("text", "hello"));
        Console.WriteLine(r.Send("num", 42));
        Console.WriteLine(r.Send("num", "oops"));
        Console.WriteLine(r.Send("other", 1));
        IHandler<int> h = log;
        Console.WriteLine(h.Handle(7));
    }
}
