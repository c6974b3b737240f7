// System.Linq.Enumerable: the everyday operators, with .NET's signatures (each marked
// [Extension]; minics and minivb call them as static methods until they bind extension
// calls). Where/Select/Take/Skip/Concat/Distinct/Reverse/Cast/OfType are deferred
// iterators; OrderBy/ThenBy are stable, as .NET's are.
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System.Linq
{
    public interface IOrderedEnumerable<TElement> : IEnumerable<TElement>
    {
        IOrderedEnumerable<TElement> CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending);
    }

    [Extension]
    public static class Enumerable
    {
        private static void Check(object source, string name)
        {
            if (source == null) throw new ArgumentNullException(name);
        }

        private static Exception NoElements() { return new InvalidOperationException("Sequence contains no elements"); }
        private static Exception NoMatch() { return new InvalidOperationException("Sequence contains no matching element"); }

        [Extension]
        public static IEnumerable<TSource> Where<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            return WhereIterator<TSource>(source, predicate);
        }

        private static IEnumerable<TSource> WhereIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            foreach (TSource item in source)
                if (predicate(item)) yield return item;
        }

        [Extension]
        public static IEnumerable<TResult> Select<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            Check(source, "source");
            Check(selector, "selector");
            return SelectIterator<TSource, TResult>(source, selector);
        }

        private static IEnumerable<TResult> SelectIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            foreach (TSource item in source) yield return selector(item);
        }

        [Extension]
        public static IEnumerable<TSource> Take<TSource>(IEnumerable<TSource> source, int count)
        {
            Check(source, "source");
            return TakeIterator<TSource>(source, count);
        }

        private static IEnumerable<TSource> TakeIterator<TSource>(IEnumerable<TSource> source, int count)
        {
            if (count <= 0) yield break;
            foreach (TSource item in source)
            {
                yield return item;
                if (--count == 0) break;
            }
        }

        [Extension]
        public static IEnumerable<TSource> Skip<TSource>(IEnumerable<TSource> source, int count)
        {
            Check(source, "source");
            return SkipIterator<TSource>(source, count);
        }

        private static IEnumerable<TSource> SkipIterator<TSource>(IEnumerable<TSource> source, int count)
        {
            foreach (TSource item in source)
            {
                if (count > 0) count--;
                else yield return item;
            }
        }

        [Extension]
        public static IEnumerable<TSource> Concat<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            Check(first, "first");
            Check(second, "second");
            return ConcatIterator<TSource>(first, second);
        }

        private static IEnumerable<TSource> ConcatIterator<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            foreach (TSource item in first) yield return item;
            foreach (TSource item in second) yield return item;
        }

        [Extension]
        public static IEnumerable<TSource> Distinct<TSource>(IEnumerable<TSource> source)
        {
            Check(source, "source");
            return DistinctIterator<TSource>(source);
        }

        private static IEnumerable<TSource> DistinctIterator<TSource>(IEnumerable<TSource> source)
        {
            HashSet<TSource> seen = new HashSet<TSource>();
            foreach (TSource item in source)
                if (seen.Add(item)) yield return item;
        }

        [Extension]
        public static IEnumerable<TSource> Reverse<TSource>(IEnumerable<TSource> source)
        {
            Check(source, "source");
            return ReverseIterator<TSource>(source);
        }

        private static IEnumerable<TSource> ReverseIterator<TSource>(IEnumerable<TSource> source)
        {
            List<TSource> all = new List<TSource>(source);
            for (int i = all.Count - 1; i >= 0; i--) yield return all[i];
        }

        [Extension]
        public static IEnumerable<TResult> Cast<TResult>(IEnumerable source)
        {
            Check(source, "source");
            return CastIterator<TResult>(source);
        }

        private static IEnumerable<TResult> CastIterator<TResult>(IEnumerable source)
        {
            foreach (object item in source) yield return (TResult)item;
        }

        [Extension]
        public static IEnumerable<TResult> OfType<TResult>(IEnumerable source)
        {
            Check(source, "source");
            return OfTypeIterator<TResult>(source);
        }

        private static IEnumerable<TResult> OfTypeIterator<TResult>(IEnumerable source)
        {
            foreach (object item in source)
                if (item is TResult) yield return (TResult)item;
        }

        public static IEnumerable<int> Range(int start, int count)
        {
            if (count < 0 || (long)start + count - 1 > int.MaxValue) throw new ArgumentOutOfRangeException("count");
            return RangeIterator(start, count);
        }

        private static IEnumerable<int> RangeIterator(int start, int count)
        {
            for (int i = 0; i < count; i++) yield return start + i;
        }

        public static IEnumerable<TResult> Repeat<TResult>(TResult element, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count");
            return RepeatIterator<TResult>(element, count);
        }

        private static IEnumerable<TResult> RepeatIterator<TResult>(TResult element, int count)
        {
            for (int i = 0; i < count; i++) yield return element;
        }

        public static IEnumerable<TResult> Empty<TResult>() { return new TResult[0]; }

        [Extension]
        public static List<TSource> ToList<TSource>(IEnumerable<TSource> source)
        {
            Check(source, "source");
            return new List<TSource>(source);
        }

        [Extension]
        public static TSource[] ToArray<TSource>(IEnumerable<TSource> source)
        {
            Check(source, "source");
            return new List<TSource>(source).ToArray();
        }

        [Extension]
        public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            Check(source, "source");
            Check(keySelector, "keySelector");
            Dictionary<TKey, TSource> d = new Dictionary<TKey, TSource>();
            foreach (TSource item in source) d.Add(keySelector(item), item);
            return d;
        }

        [Extension]
        public static int Count<TSource>(IEnumerable<TSource> source)
        {
            Check(source, "source");
            ICollection<TSource> c = source as ICollection<TSource>;
            if (c != null) return c.Count;
            int n = 0;
            foreach (TSource item in source) n++;
            return n;
        }

        [Extension]
        public static int Count<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            int n = 0;
            foreach (TSource item in source)
                if (predicate(item)) n++;
            return n;
        }

        [Extension]
        public static bool Any<TSource>(IEnumerable<TSource> source)
        {
            Check(source, "source");
            foreach (TSource item in source) return true;
            return false;
        }

        [Extension]
        public static bool Any<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            foreach (TSource item in source)
                if (predicate(item)) return true;
            return false;
        }

        [Extension]
        public static bool All<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            foreach (TSource item in source)
                if (!predicate(item)) return false;
            return true;
        }

        [Extension]
        public static bool Contains<TSource>(IEnumerable<TSource> source, TSource value)
        {
            Check(source, "source");
            EqualityComparer<TSource> c = EqualityComparer<TSource>.Default;
            foreach (TSource item in source)
                if (c.Equals(item, value)) return true;
            return false;
        }

        [Extension]
        public static TSource First<TSource>(IEnumerable<TSource> source)
        {
            Check(source, "source");
            foreach (TSource item in source) return item;
            throw NoElements();
        }

        [Extension]
        public static TSource First<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            foreach (TSource item in source)
                if (predicate(item)) return item;
            throw NoMatch();
        }

        [Extension]
        public static TSource FirstOrDefault<TSource>(IEnumerable<TSource> source)
        {
            Check(source, "source");
            foreach (TSource item in source) return item;
            return default(TSource);
        }

        [Extension]
        public static TSource FirstOrDefault<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            foreach (TSource item in source)
                if (predicate(item)) return item;
            return default(TSource);
        }

        [Extension]
        public static TSource Last<TSource>(IEnumerable<TSource> source)
        {
            Check(source, "source");
            bool any = false;
            TSource last = default(TSource);
            foreach (TSource item in source)
            {
                last = item;
                any = true;
            }
            if (!any) throw NoElements();
            return last;
        }

        [Extension]
        public static TSource Aggregate<TSource>(IEnumerable<TSource> source, Func<TSource, TSource, TSource> func)
        {
            Check(source, "source");
            Check(func, "func");
            bool any = false;
            TSource acc = default(TSource);
            foreach (TSource item in source)
            {
                acc = any ? func(acc, item) : item;
                any = true;
            }
            if (!any) throw NoElements();
            return acc;
        }

        [Extension]
        public static TAccumulate Aggregate<TSource, TAccumulate>(IEnumerable<TSource> source, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func)
        {
            Check(source, "source");
            Check(func, "func");
            TAccumulate acc = seed;
            foreach (TSource item in source) acc = func(acc, item);
            return acc;
        }

        [Extension]
        public static int Sum(IEnumerable<int> source)
        {
            Check(source, "source");
            int sum = 0;
            foreach (int v in source) sum = checked(sum + v);
            return sum;
        }

        [Extension]
        public static long Sum(IEnumerable<long> source)
        {
            Check(source, "source");
            long sum = 0;
            foreach (long v in source) sum = checked(sum + v);
            return sum;
        }

        [Extension]
        public static double Sum(IEnumerable<double> source)
        {
            Check(source, "source");
            double sum = 0;
            foreach (double v in source) sum += v;
            return sum;
        }

        [Extension]
        public static int Sum<TSource>(IEnumerable<TSource> source, Func<TSource, int> selector) { return Sum(Select<TSource, int>(source, selector)); }

        [Extension]
        public static double Sum<TSource>(IEnumerable<TSource> source, Func<TSource, double> selector) { return Sum(Select<TSource, double>(source, selector)); }

        [Extension]
        public static int Min(IEnumerable<int> source)
        {
            Check(source, "source");
            bool any = false;
            int m = 0;
            foreach (int v in source)
            {
                if (!any || v < m) m = v;
                any = true;
            }
            if (!any) throw NoElements();
            return m;
        }

        [Extension]
        public static int Max(IEnumerable<int> source)
        {
            Check(source, "source");
            bool any = false;
            int m = 0;
            foreach (int v in source)
            {
                if (!any || v > m) m = v;
                any = true;
            }
            if (!any) throw NoElements();
            return m;
        }

        [Extension]
        public static double Average(IEnumerable<int> source)
        {
            Check(source, "source");
            long sum = 0;
            long n = 0;
            foreach (int v in source)
            {
                sum = checked(sum + v);
                n++;
            }
            if (n == 0) throw NoElements();
            return (double)sum / n;
        }

        [Extension]
        public static double Average(IEnumerable<double> source)
        {
            Check(source, "source");
            double sum = 0;
            long n = 0;
            foreach (double v in source)
            {
                sum += v;
                n++;
            }
            if (n == 0) throw NoElements();
            return sum / n;
        }

        [Extension]
        public static bool SequenceEqual<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            Check(first, "first");
            Check(second, "second");
            EqualityComparer<TSource> c = EqualityComparer<TSource>.Default;
            IEnumerator<TSource> a = first.GetEnumerator();
            IEnumerator<TSource> b = second.GetEnumerator();
            while (true)
            {
                bool ma = a.MoveNext();
                bool mb = b.MoveNext();
                if (ma != mb) return false;
                if (!ma) return true;
                if (!c.Equals(a.Current, b.Current)) return false;
            }
        }

        [Extension]
        public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            Check(source, "source");
            Check(keySelector, "keySelector");
            return new OrderedSequence<TSource>(source, new KeyOrder<TSource, TKey>(keySelector, null, false, null));
        }

        [Extension]
        public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            Check(source, "source");
            Check(keySelector, "keySelector");
            return new OrderedSequence<TSource>(source, new KeyOrder<TSource, TKey>(keySelector, null, true, null));
        }

        [Extension]
        public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            Check(source, "source");
            OrderedSequence<TSource> ours = source as OrderedSequence<TSource>;
            if (ours != null) return ours.Then<TKey>(keySelector, null, false);
            return ForeignThen<TSource, TKey>(source, keySelector, false);
        }

        [Extension]
        public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            Check(source, "source");
            OrderedSequence<TSource> ours = source as OrderedSequence<TSource>;
            if (ours != null) return ours.Then<TKey>(keySelector, null, true);
            return ForeignThen<TSource, TKey>(source, keySelector, true);
        }

        // Another IOrderedEnumerable's own ordering, in a method of its own: clr-lite does
        // not dispatch generic interface methods yet, and compiles a method's calls when
        // the method is first called.
        private static IOrderedEnumerable<TSource> ForeignThen<TSource, TKey>(IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector, bool descending)
        {
            return source.CreateOrderedEnumerable<TKey>(keySelector, null, descending);
        }

        // One level of an ordering: compares two elements by a key, then by the next level.
        private abstract class ElementOrder<TElement>
        {
            public abstract int Compare(TElement x, TElement y);
        }

        private sealed class KeyOrder<TElement, TKey> : ElementOrder<TElement>
        {
            private readonly Func<TElement, TKey> key;
            private readonly IComparer<TKey> comparer;
            private readonly bool descending;
            private readonly ElementOrder<TElement> next;

            public KeyOrder(Func<TElement, TKey> key, IComparer<TKey> comparer, bool descending, ElementOrder<TElement> next)
            {
                this.key = key;
                this.comparer = comparer == null ? Comparer<TKey>.Default : comparer;
                this.descending = descending;
                this.next = next;
            }

            public override int Compare(TElement x, TElement y)
            {
                int c = comparer.Compare(key(x), key(y));
                if (c != 0) return descending ? -c : c;
                return next == null ? 0 : next.Compare(x, y);
            }
        }

        // A chain of orderings: the primary one first, each ThenBy appended.
        private sealed class OrderChain<TElement> : ElementOrder<TElement>
        {
            private readonly ElementOrder<TElement> first;
            private readonly ElementOrder<TElement> second;

            public OrderChain(ElementOrder<TElement> first, ElementOrder<TElement> second)
            {
                this.first = first;
                this.second = second;
            }

            public override int Compare(TElement x, TElement y)
            {
                int c = first.Compare(x, y);
                return c != 0 ? c : second.Compare(x, y);
            }
        }

        private sealed class OrderedSequence<TElement> : IOrderedEnumerable<TElement>
        {
            private readonly IEnumerable<TElement> source;
            private readonly ElementOrder<TElement> order;

            public OrderedSequence(IEnumerable<TElement> source, ElementOrder<TElement> order)
            {
                this.source = source;
                this.order = order;
            }

            public IOrderedEnumerable<TElement> CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending)
            {
                return Then<TKey>(keySelector, comparer, descending);
            }

            // ThenBy on our own sequences calls this directly (see ForeignThen).
            public IOrderedEnumerable<TElement> Then<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending)
            {
                if (keySelector == null) throw new ArgumentNullException("keySelector");
                return new OrderedSequence<TElement>(source, new OrderChain<TElement>(order, new KeyOrder<TElement, TKey>(keySelector, comparer, descending, null)));
            }

            // A stable merge sort of the source, taken when enumeration starts.
            public IEnumerator<TElement> GetEnumerator()
            {
                TElement[] items = new List<TElement>(source).ToArray();
                TElement[] scratch = new TElement[items.Length];
                Sort(items, scratch, 0, items.Length);
                return ((IEnumerable<TElement>)items).GetEnumerator();
            }

            IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

            private void Sort(TElement[] a, TElement[] tmp, int lo, int hi)
            {
                if (hi - lo < 2) return;
                int mid = lo + (hi - lo) / 2;
                Sort(a, tmp, lo, mid);
                Sort(a, tmp, mid, hi);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi)
                {
                    if (order.Compare(a[j], a[i]) < 0) tmp[k++] = a[j++];
                    else tmp[k++] = a[i++];
                }
                while (i < mid) tmp[k++] = a[i++];
                while (j < hi) tmp[k++] = a[j++];
                Array.Copy(tmp, lo, a, lo, hi - lo);
            }
        }
    }
}
