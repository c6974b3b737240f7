using System;
using System.Collections.Generic;

namespace Seq
{
    public static class Gen
    {
        public static IEnumerable<int> Range(int from, int count) { for (int i = 0; i < count; i++) yield return from + i; }
        public static IEnumerable<long> Fibonacci(int n) { long a = 0, b = 1; for (int i = 0; i < n; i++) { yield return a; long t = a + b; a = b; b = t; } }
        public static IEnumerable<T> Where<T>(IEnumerable<T> xs, Func<T, bool> p) { foreach (var x in xs) if (p(x)) yield return x; }
        public static IEnumerable<R> Select<T, R>(IEnumerable<T> xs, Func<T, R> f) { foreach (var x in xs) yield return f(x); }
    }
}
