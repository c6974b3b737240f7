// test: mono-run
using System;
using System.Collections.Generic;

class Task
{
    public string Title;
    public int Priority;
    public bool Done;
    public Task(string t, int p) { Title = t; Priority = p; }
}

class Program
{
    static void Main()
    {
        List<Task> tasks = new List<Task>();
        tasks.Add(new Task("write tests", 2));
        tasks.Add(new Task("fix bug", 1));
        tasks.Add(new Task("refactor", 3));
        tasks.Add(new Task("deploy", 1));
        foreach (Task t in tasks) if (t.Priority == 1) t.Done = true;
        int done = 0;
        foreach (Task t in tasks)
        {
            Console.WriteLine((t.Done ? "[x] " : "[ ] ") + t.Title + " p" + t.Priority);
            if (t.Done) done++;
        }
        Console.WriteLine(done + "/" + tasks.Count + " done");
        List<Task> open = tasks.FindAll(t => !t.Done);
        Console.WriteLine(open.Count + " open, first: " + open[0].Title);
        Task found = tasks.Find(t => t.Title.StartsWith("ref"));
        Console.WriteLine(found.Title);
        Console.WriteLine(tasks.Exists(t => t.Priority > 2));
        int removed = tasks.RemoveAll(t => t.Done);
        Console.WriteLine(removed + " removed, " + tasks.Count + " left");
        List<List<int>> grid = new List<List<int>>();
        for (int r = 0; r < 3; r++)
        {
            grid.Add(new List<int>());
            for (int c = 0; c <= r; c++) grid[r].Add(r * c);
        }
        Console.WriteLine(grid[2][2] + " " + grid[1].Count);
    }
}
