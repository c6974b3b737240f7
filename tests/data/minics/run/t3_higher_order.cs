// test: mono-run
using System;
using System.Collections.Generic;

class Program
{
    static List<R> Map<T, R>(List<T> xs, Func<T, R> f)
    {
        List<R> r = new List<R>();
        foreach (T x in xs) r.Add(f(x));
        return r;
    }

    static List<T> Filter<T>(List<T> xs, Func<T, bool> keep)
    {
        List<T> r = new List<T>();
        foreach (T x in xs) if (keep(x)) r.Add(x);
        return r;
    }

    static A Fold<T, A>(List<T> xs, A seed, Func<A, T, A> f)
    {
        A acc = seed;
        foreach (T x in xs) acc = f(acc, x);
        return acc;
    }

    static Func<T, V> Compose<T, U, V>(Func<T, U> f, Func<U, V> g) { return x => g(f(x)); }

    static string Show<T>(List<T> xs)
    {
        return Fold(xs, "", (acc, x) => acc.Length == 0 ? x.ToString() : acc + "," + x);
    }

    static void Main()
    {
        List<int> nums = new List<int>();
        for (int i = 1; i <= 10; i++) nums.Add(i);
        Console.WriteLine(Show(Map(nums, x => x * x)));
        Console.WriteLine(Show(Filter(nums, x => x % 3 == 0)));
        Console.WriteLine(Fold(nums, 0, (a, x) => a + x));
        Console.WriteLine(Fold(nums, 1L, (a, x) => a * x));
        List<string> words = Map(nums, x => "w" + x);
        Console.WriteLine(Show(Filter(words, w => w.Length > 2)));
        Func<int, string> f = Compose<int, int, string>(x => x + 1, y => "<" + y + ">");
        Console.WriteLine(f(41));
        Func<int, int> inc = x => x + 1;
        Func<int, int> dbl = x => x * 2;
        Console.WriteLine(Compose(inc, dbl)(5) + " " + Compose(dbl, inc)(5));
    }
}
