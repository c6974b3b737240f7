// test: mono-run
using System;

enum Direction { North, East, South, West }
enum Light { Red, Yellow, Green }

class Program
{
    static Direction TurnRight(Direction d)
    {
        switch (d)
        {
            case Direction.North: return Direction.East;
            case Direction.East: return Direction.South;
            case Direction.South: return Direction.West;
            default: return Direction.North;
        }
    }

    static Light Step(Light l)
    {
        switch (l)
        {
            case Light.Red: return Light.Green;
            case Light.Green: return Light.Yellow;
            case Light.Yellow: return Light.Red;
        }
        throw new InvalidOperationException("bad light");
    }

    static void Main()
    {
        Direction d = Direction.North;
        int x = 0, y = 0;
        string path = "FFRFFRFLF";
        foreach (char c in path)
        {
            if (c == 'R') d = TurnRight(d);
            else if (c == 'L') { d = TurnRight(TurnRight(TurnRight(d))); }
            else
            {
                switch (d)
                {
                    case Direction.North: y++; break;
                    case Direction.South: y--; break;
                    case Direction.East: x++; break;
                    case Direction.West: x--; break;
                }
            }
        }
        Console.WriteLine(x + "," + y + " facing " + d);
        Light l = Light.Red;
        for (int i = 0; i < 5; i++)
        {
            Console.Write(l + " ");
            l = Step(l);
        }
        Console.WriteLine();
        try
        {
            Step((Light)9);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}
