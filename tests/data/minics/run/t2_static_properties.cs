// test: mono-run
using System;

class Settings
{
    private static int volume = 5;
    private static int changes;

    public static int Volume
    {
        get { return volume; }
        set
        {
            volume = value < 0 ? 0 : value > 10 ? 10 : value;
            changes++;
        }
    }

    public static int Changes { get { return changes; } }

    public static bool Muted => volume == 0;
}

class Program
{
    static void Main()
    {
        Console.WriteLine(Settings.Volume);
        Settings.Volume = 8;
        Console.WriteLine(Settings.Volume);
        Settings.Volume += 5;
        Console.WriteLine(Settings.Volume);
        Settings.Volume = -3;
        Console.WriteLine(Settings.Volume + " muted=" + Settings.Muted);
        Settings.Volume++;
        Console.WriteLine(Settings.Volume + " muted=" + Settings.Muted);
        Console.WriteLine(Settings.Changes);
    }
}
