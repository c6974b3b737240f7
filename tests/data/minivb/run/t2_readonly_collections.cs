using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

public class Team
{
    private readonly List<string> members = new List<string>();
    public string Name { get; }
    public Team(string name, params string[] initial) { Name = name; members.AddRange(initial); }
    public ReadOnlyCollection<string> Roster { get { return members.AsReadOnly(); } }
    public void Join(string person) { if (members.Contains(person)) throw new InvalidOperationException(person + " already in " + Name); members.Add(person); }
}

static class Program
{
    static void Main()
    {
        var t = new Team("core", "ann", "bob");
        t.Join("cy");
        Console.WriteLine(t.Name + ": " + string.Join(", ", t.Roster) + " (" + t.Roster.Count + ")");
        try { t.Join("ann"); }
        catch (InvalidOperationException ex) { Console.WriteLine(ex.Message); }
        IList<string> view = t.Roster;
        try { view.Add("eve"); }
        catch (NotSupportedException) { Console.WriteLine("roster is read-only"); }
        Console.WriteLine(t.Roster[2]);
        var empty = new Team("empty");
        Console.WriteLine(empty.Roster.Count);
    }
}
