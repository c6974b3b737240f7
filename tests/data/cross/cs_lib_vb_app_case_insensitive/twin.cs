using System;
using Text.Tools;

static class App
{
    static void Main()
    {
        var wc = new WordCounter();
        wc.AddWord("alpha");
        wc.AddWord("beta");
        Console.WriteLine(wc.GetCount());
        Console.WriteLine(wc.LastWord);
        Console.WriteLine(WordCounter.JoinWith("+", "a", "b", "c"));
        Console.WriteLine(Casing.upper("shout") + " " + Casing.MAXLEN);
    }
}
