// The mcs twin of t4_local_functions_capturing.cs (mcs has no local functions): each
// capturing local function is a delegate over a lambda, assigned before its first use.
using System;
using System.Collections.Generic;

class Tally {
    int total;
    readonly string name;

    public Tally(string name) {
        this.name = name;
    }

    public string Run(int[] values) {
        Action<int> Add = v => { total += v; };
        Func<string> Describe = () => name + "=" + total;
        foreach (int v in values) {
            Add(v);
        }
        return Describe();
    }
}

class Box<T> {
    readonly T value;

    public Box(T v) {
        value = v;
    }

    public string Show() {
        return Wrap(value.ToString());
    }

    static string Wrap(string s) => "[" + s + "]";
}

static class Program {
    static List<T> Repeat<T>(T x, int n) {
        var list = new List<T>();
        Action<int> Fill = k => {
            for (int i = 0; i < k; i++) {
                list.Add(x);
            }
        };
        Fill(n);
        return list;
    }

    static int Main() {
        int count = 0;
        int step = 0;
        List<int> seen = null;
        string prefix = null;
        Action Bump = () => { count++; };
        Func<int, int> Next = x => x + step;
        Action<int> Collatz = null;
        Collatz = n => {
            seen.Add(n);
            if (n == 1) {
                return;
            }
            Collatz(n % 2 == 0 ? n / 2 : 3 * n + 1);
        };
        Func<int, string> Label = v => prefix + v;

        Bump();
        Bump();
        Console.WriteLine(count);

        step = 5;
        Console.WriteLine(Next(10));
        step = 7;
        Console.WriteLine(Next(10));

        seen = new List<int>();
        Collatz(6);
        Console.WriteLine(string.Join(" ", seen.ToArray()));

        var actions = new List<Func<int>>();
        for (int i = 0; i < 3; i++) {
            int j = i * i;
            Func<int> Square = () => j + 1;
            actions.Add(Square);
        }
        foreach (var a in actions) {
            Console.Write(a() + " ");
        }
        Console.WriteLine();

        prefix = "#";
        Console.WriteLine(Label(Twice(21)));

        Console.WriteLine(new Tally("t").Run(new[] { 1, 2, 3 }));
        Console.WriteLine(new Box<double>(2.5).Show());
        Console.WriteLine(string.Join(",", Repeat("ab", 3).ToArray()));
        return count;
    }

    static int Twice(int x) => 2 * x;
}
