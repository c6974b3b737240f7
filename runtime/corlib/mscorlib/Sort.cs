// The sorting and binary search behind Array.Sort and List<T>.Sort: the introspective
// sort of the .NET Framework 4.5 reference source (which Mono's class libraries use),
// step for step, so an unstable sort orders equal elements as Mono does.
namespace System.Collections.Generic
{
    internal static class ArraySortHelper<T>
    {
        private const int IntrosortSizeThreshold = 16;

        internal static void Sort(T[] keys, int index, int length, IComparer<T> comparer) { Sort(keys, null, index, length, comparer); }

        // `items` (or null) is permuted along with `keys` (Array.Sort(keys, items)).
        internal static void Sort(T[] keys, Array items, int index, int length, IComparer<T> comparer)
        {
            if (length < 2) return;
            IntroSort(keys, items, index, length + index - 1, 2 * FloorLog2(keys.Length), comparer);
        }

        internal static int BinarySearch(T[] array, int index, int length, T value, IComparer<T> comparer)
        {
            int lo = index;
            int hi = index + length - 1;
            while (lo <= hi)
            {
                int i = lo + ((hi - lo) >> 1);
                int order = comparer.Compare(array[i], value);
                if (order == 0) return i;
                if (order < 0) lo = i + 1;
                else hi = i - 1;
            }
            return ~lo;
        }

        private static int FloorLog2(int n)
        {
            int result = 0;
            while (n >= 1)
            {
                result++;
                n = n / 2;
            }
            return result;
        }

        private static void SwapIfGreater(T[] keys, Array items, IComparer<T> comparer, int a, int b)
        {
            if (a != b && comparer.Compare(keys[a], keys[b]) > 0)
            {
                T key = keys[a];
                keys[a] = keys[b];
                keys[b] = key;
                SwapItems(items, a, b);
            }
        }

        private static void SwapItems(Array items, int i, int j)
        {
            if (items == null) return;
            object t = items.GetValue(i);
            items.SetValue(items.GetValue(j), i);
            items.SetValue(t, j);
        }

        private static void Swap(T[] a, Array items, int i, int j)
        {
            if (i != j)
            {
                T t = a[i];
                a[i] = a[j];
                a[j] = t;
                SwapItems(items, i, j);
            }
        }

        private static void IntroSort(T[] keys, Array items, int lo, int hi, int depthLimit, IComparer<T> comparer)
        {
            while (hi > lo)
            {
                int partitionSize = hi - lo + 1;
                if (partitionSize <= IntrosortSizeThreshold)
                {
                    if (partitionSize == 1) return;
                    if (partitionSize == 2)
                    {
                        SwapIfGreater(keys, items, comparer, lo, hi);
                        return;
                    }
                    if (partitionSize == 3)
                    {
                        SwapIfGreater(keys, items, comparer, lo, hi - 1);
                        SwapIfGreater(keys, items, comparer, lo, hi);
                        SwapIfGreater(keys, items, comparer, hi - 1, hi);
                        return;
                    }
                    InsertionSort(keys, items, lo, hi, comparer);
                    return;
                }
                if (depthLimit == 0)
                {
                    Heapsort(keys, items, lo, hi, comparer);
                    return;
                }
                depthLimit--;
                int p = PickPivotAndPartition(keys, items, lo, hi, comparer);
                IntroSort(keys, items, p + 1, hi, depthLimit, comparer);
                hi = p - 1;
            }
        }

        private static int PickPivotAndPartition(T[] keys, Array items, int lo, int hi, IComparer<T> comparer)
        {
            int middle = lo + ((hi - lo) >> 1);
            SwapIfGreater(keys, items, comparer, lo, middle);
            SwapIfGreater(keys, items, comparer, lo, hi);
            SwapIfGreater(keys, items, comparer, middle, hi);
            T pivot = keys[middle];
            Swap(keys, items, middle, hi - 1);
            int left = lo;
            int right = hi - 1;
            while (left < right)
            {
                left++;
                while (comparer.Compare(keys[left], pivot) < 0) left++;
                right--;
                while (comparer.Compare(pivot, keys[right]) < 0) right--;
                if (left >= right) break;
                Swap(keys, items, left, right);
            }
            Swap(keys, items, left, hi - 1);
            return left;
        }

        private static void Heapsort(T[] keys, Array items, int lo, int hi, IComparer<T> comparer)
        {
            int n = hi - lo + 1;
            for (int i = n / 2; i >= 1; i--) DownHeap(keys, items, i, n, lo, comparer);
            for (int i = n; i > 1; i--)
            {
                Swap(keys, items, lo, lo + i - 1);
                DownHeap(keys, items, 1, i - 1, lo, comparer);
            }
        }

        private static void DownHeap(T[] keys, Array items, int i, int n, int lo, IComparer<T> comparer)
        {
            T d = keys[lo + i - 1];
            object di = items == null ? null : items.GetValue(lo + i - 1);
            while (i <= n / 2)
            {
                int child = 2 * i;
                if (child < n && comparer.Compare(keys[lo + child - 1], keys[lo + child]) < 0) child++;
                if (!(comparer.Compare(d, keys[lo + child - 1]) < 0)) break;
                keys[lo + i - 1] = keys[lo + child - 1];
                if (items != null) items.SetValue(items.GetValue(lo + child - 1), lo + i - 1);
                i = child;
            }
            keys[lo + i - 1] = d;
            if (items != null) items.SetValue(di, lo + i - 1);
        }

        private static void InsertionSort(T[] keys, Array items, int lo, int hi, IComparer<T> comparer)
        {
            for (int i = lo; i < hi; i++)
            {
                int j = i;
                T t = keys[i + 1];
                object ti = items == null ? null : items.GetValue(i + 1);
                while (j >= lo && comparer.Compare(t, keys[j]) < 0)
                {
                    keys[j + 1] = keys[j];
                    if (items != null) items.SetValue(items.GetValue(j), j + 1);
                    j--;
                }
                keys[j + 1] = t;
                if (items != null) items.SetValue(ti, j + 1);
            }
        }
    }

    // A Comparison<T> seen as an IComparer<T> (what Comparer<T>.Create returns).
    internal sealed class ComparisonComparer<T> : Comparer<T>
    {
        private readonly Comparison<T> comparison;

        public ComparisonComparer(Comparison<T> comparison) { this.comparison = comparison; }

        public override int Compare(T x, T y) { return comparison(x, y); }
    }
}
