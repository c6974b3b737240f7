// test: cls
using System;
using System.Collections;
using System.Collections.Generic;
[assembly: CLSCompliant(true)]
namespace Lib {
    public class Bag<T> : IEnumerable<T> where T : IComparable<T> {
        readonly List<T> items = new List<T>();
        public void Add(T item) { items.Add(item); }
        public T Max() { T best = items[0]; foreach (T x in items) if (x.CompareTo(best) > 0) best = x; return best; }
        public IEnumerator<T> GetEnumerator() { return items.GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
        public static Bag<T> Of(params T[] xs) { var b = new Bag<T>(); foreach (var x in xs) b.Add(x); return b; }
    }
    public static class Maps { public static Dictionary<string, List<int>> Index(string[] words) { return null; } }
}
