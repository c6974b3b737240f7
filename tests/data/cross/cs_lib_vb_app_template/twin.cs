using System;
using Games;

public class Countdown : Game
{
    private int remaining;
    public Countdown(int start) { remaining = start; }
    protected override void Setup() { base.Setup(); Log("counting down from " + remaining); }
    protected override bool Play() { remaining -= 1; Log("remaining " + remaining); return remaining > 0; }
}

public class LengthScorer : IScorer<string> { public int Score(string item) { return item.Length * 10; } }

static class App
{
    static void Main()
    {
        Console.WriteLine(Game.Banner("countdown"));
        foreach (var line in new Countdown(3).Run(10)) Console.WriteLine(line);
        Console.WriteLine(new Countdown(5).Run(2).Count);
        IScorer<string> s = new LengthScorer();
        Console.WriteLine(s.Score("four"));
    }
}
