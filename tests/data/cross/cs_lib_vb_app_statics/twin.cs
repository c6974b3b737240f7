using System;
using Config;

static class App
{
    static void Main()
    {
        Console.WriteLine("start");
        Console.WriteLine(Settings.Product);
        Console.WriteLine(Settings.Describe());
        Settings.Version.Minor += 1;
        Console.WriteLine(Settings.Describe());
        Console.WriteLine(Settings.Loads);
        Console.WriteLine(Settings.Current.ToString());
        Settings.Current = Settings.Mode.Full;
        Console.WriteLine((int)Settings.Current);
        var i = new Outer.Inner();
        Console.WriteLine(i.Hello());
        Console.WriteLine(Settings.Kind.ToString());
    }
}
