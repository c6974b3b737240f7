// test: cls
using System;
using System.Collections.Generic;
[assembly: CLSCompliant(true)]
namespace Lib {
    public delegate TResult Mapper<in T, out TResult>(T input);
    public static class Functional {
        public static List<R> Map<T, R>(IEnumerable<T> xs, Mapper<T, R> f) { var r = new List<R>(); foreach (var x in xs) r.Add(f(x)); return r; }
        public static Func<int, int> Adder(int n) { return x => x + n; }
        public static Predicate<string> NonEmpty = s => !string.IsNullOrEmpty(s);
    }
}
