// test: mono-run
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        List<Func<int>> fromFor = new List<Func<int>>();
        for (int i = 0; i < 3; i++)
        {
            fromFor.Add(() => i);
        }
        foreach (Func<int> f in fromFor) Console.Write(f() + " ");
        Console.WriteLine("(for: one shared variable)");

        List<Func<int>> copied = new List<Func<int>>();
        for (int i = 0; i < 3; i++)
        {
            int copy = i;
            copied.Add(() => copy);
        }
        foreach (Func<int> f in copied) Console.Write(f() + " ");
        Console.WriteLine("(copy per iteration)");

        List<Func<int>> fromForeach = new List<Func<int>>();
        foreach (int v in new int[] { 10, 20, 30 })
        {
            fromForeach.Add(() => v);
        }
        foreach (Func<int> f in fromForeach) Console.Write(f() + " ");
        Console.WriteLine("(foreach: fresh variable each time)");

        List<Action> actions = new List<Action>();
        int j = 0;
        while (j < 3)
        {
            int local = j * 100;
            actions.Add(() => Console.Write(local + j + " "));
            j++;
        }
        foreach (Action a in actions) a();
        Console.WriteLine("(while: local fresh, j shared)");

        Func<int>[] counters = new Func<int>[2];
        for (int k = 0; k < 2; k++)
        {
            int n = k * 10;
            counters[k] = () => ++n;
        }
        Console.WriteLine(counters[0]() + " " + counters[0]() + " " + counters[1]());
    }
}
