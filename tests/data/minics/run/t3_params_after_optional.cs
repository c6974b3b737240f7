// test: mono-run
// Optional parameters before a params array: each may be left out, the array then
// being empty, or given in normal or expanded form.
using System;

static class Program {
    static string Scale(int x, int by = 2, params int[] more) {
        int sum = 0;
        foreach (int m in more) sum += m;
        return x * by + "+" + sum + "/" + more.Length;
    }

    static string Join(string sep = ", ", params object[] items) {
        return items.Length + ":" + string.Join(sep, items);
    }

    static void Main() {
        Console.WriteLine(Scale(3));
        Console.WriteLine(Scale(3, 4));
        Console.WriteLine(Scale(3, 4, 5));
        Console.WriteLine(Scale(3, 4, 5, 6));
        Console.WriteLine(Scale(3, 4, new[] { 7, 8, 9 }));
        Console.WriteLine(Join());
        Console.WriteLine(Join("-", 1, "two", 3.5));
    }
}
