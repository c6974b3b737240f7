// test: mono-run
// mcs-twin: t4_local_functions_capturing.twin.cs
using System;
using System.Collections.Generic;

class Tally {
    int total;
    readonly string name;

    public Tally(string name) {
        this.name = name;
    }

    public string Run(int[] values) {
        foreach (int v in values) {
            Add(v);
        }
        return Describe();

        void Add(int v) {
            total += v;
        }

        string Describe() => name + "=" + total;
    }
}

class Box<T> {
    readonly T value;

    public Box(T v) {
        value = v;
    }

    public string Show() {
        return Wrap(value.ToString());

        static string Wrap(string s) => "[" + s + "]";
    }
}

static class Program {
    // A capturing local function in a generic method.
    static List<T> Repeat<T>(T x, int n) {
        var list = new List<T>();
        Fill(n);
        return list;

        void Fill(int k) {
            for (int i = 0; i < k; i++) {
                list.Add(x);
            }
        }
    }

    static int Main() {
        // Captures a local and a parameter-like value; mutates the captured local.
        int count = 0;
        Bump();
        Bump();
        Console.WriteLine(count);

        // Called before its declaration, captures a later-assigned local.
        int step = 5;
        Console.WriteLine(Next(10));
        step = 7;
        Console.WriteLine(Next(10));

        // Recursion through a capturing local function.
        var seen = new List<int>();
        Collatz(6);
        Console.WriteLine(string.Join(" ", seen.ToArray()));

        // A capturing local function inside a loop: each iteration's copy.
        var actions = new List<Func<int>>();
        for (int i = 0; i < 3; i++) {
            int j = i * i;
            actions.Add(Square);

            int Square() => j + 1;
        }
        foreach (var a in actions) {
            Console.Write(a() + " ");
        }
        Console.WriteLine();

        // A static local function beside a capturing one.
        string prefix = "#";
        Console.WriteLine(Label(Twice(21)));

        Console.WriteLine(new Tally("t").Run(new[] { 1, 2, 3 }));
        Console.WriteLine(new Box<double>(2.5).Show());
        Console.WriteLine(string.Join(",", Repeat("ab", 3).ToArray()));
        return count;

        void Bump() {
            count++;
        }

        int Next(int x) => x + step;

        void Collatz(int n) {
            seen.Add(n);
            if (n == 1) {
                return;
            }
            Collatz(n % 2 == 0 ? n / 2 : 3 * n + 1);
        }

        static int Twice(int x) => 2 * x;

        string Label(int v) => prefix + v;
    }
}
