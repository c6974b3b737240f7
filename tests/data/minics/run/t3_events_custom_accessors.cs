// test: mono-run
using System;

class Button
{
    private Action<string> handlers;
    private int subscriberCount;

    public event Action<string> Clicked
    {
        add
        {
            subscriberCount++;
            Console.WriteLine("add (now " + subscriberCount + ")");
            handlers += value;
        }
        remove
        {
            subscriberCount--;
            Console.WriteLine("remove (now " + subscriberCount + ")");
            handlers -= value;
        }
    }

    public void Click(string who)
    {
        Console.WriteLine("click by " + who);
        if (handlers != null) handlers(who);
    }
}

class Program
{
    static void Main()
    {
        Button b = new Button();
        Action<string> greet = w => Console.WriteLine("  hello " + w);
        Action<string> audit = w => Console.WriteLine("  audit " + w.Length);
        b.Clicked += greet;
        b.Clicked += audit;
        b.Click("ann");
        b.Clicked -= greet;
        b.Click("bob");
        b.Clicked -= audit;
        b.Click("nobody");
    }
}
