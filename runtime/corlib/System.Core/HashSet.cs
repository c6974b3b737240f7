// System.Collections.Generic.HashSet<T>: slots in insertion order (a removed slot is
// reused by the next addition, as in .NET), so enumeration order matches .NET's.
using System.Collections;

namespace System.Collections.Generic
{
    public class HashSet<T> : ISet<T>, IReadOnlyCollection<T>
    {
        private int[] buckets;
        private Slot[] slots;
        private int lastIndex;
        private int freeList = -1;
        private int count;
        private int version;
        private IEqualityComparer<T> comparer;

        private struct Slot
        {
            public int hashCode;
            public int next;
            public T value;
        }

        public HashSet() : this((IEqualityComparer<T>)null) { }

        public HashSet(IEqualityComparer<T> comparer)
        {
            this.comparer = comparer == null ? EqualityComparer<T>.Default : comparer;
            buckets = new int[3];
            for (int i = 0; i < buckets.Length; i++) buckets[i] = -1;
            slots = new Slot[3];
        }

        public HashSet(IEnumerable<T> collection) : this(collection, null) { }

        public HashSet(IEnumerable<T> collection, IEqualityComparer<T> comparer) : this(comparer)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            UnionWith(collection);
        }

        public int Count { get { return count; } }
        public IEqualityComparer<T> Comparer { get { return comparer; } }
        bool ICollection<T>.IsReadOnly { get { return false; } }

        private int Hash(T item) { return item == null ? 0 : comparer.GetHashCode(item) & 0x7FFFFFFF; }

        private int Find(T item)
        {
            int h = Hash(item);
            for (int i = buckets[h % buckets.Length]; i >= 0; i = slots[i].next)
                if (slots[i].hashCode == h && comparer.Equals(slots[i].value, item)) return i;
            return -1;
        }

        public bool Contains(T item) { return Find(item) >= 0; }

        public bool Add(T item)
        {
            int h = Hash(item);
            for (int i = buckets[h % buckets.Length]; i >= 0; i = slots[i].next)
                if (slots[i].hashCode == h && comparer.Equals(slots[i].value, item)) return false;
            int index;
            if (freeList >= 0)
            {
                index = freeList;
                freeList = slots[index].next;
            }
            else
            {
                if (lastIndex == slots.Length) Resize();
                index = lastIndex;
                lastIndex++;
            }
            int b = h % buckets.Length;
            slots[index].hashCode = h;
            slots[index].value = item;
            slots[index].next = buckets[b];
            buckets[b] = index;
            count++;
            version++;
            return true;
        }

        void ICollection<T>.Add(T item) { Add(item); }

        private void Resize()
        {
            int n = slots.Length * 2 + 1;
            Slot[] ns = new Slot[n];
            Array.Copy(slots, 0, ns, 0, lastIndex);
            int[] nb = new int[n];
            for (int i = 0; i < n; i++) nb[i] = -1;
            for (int i = 0; i < lastIndex; i++)
            {
                if (ns[i].hashCode < 0) continue;
                int b = ns[i].hashCode % n;
                ns[i].next = nb[b];
                nb[b] = i;
            }
            slots = ns;
            buckets = nb;
        }

        public bool Remove(T item)
        {
            int h = Hash(item);
            int b = h % buckets.Length;
            int last = -1;
            for (int i = buckets[b]; i >= 0; last = i, i = slots[i].next)
            {
                if (slots[i].hashCode != h || !comparer.Equals(slots[i].value, item)) continue;
                if (last < 0) buckets[b] = slots[i].next;
                else slots[last].next = slots[i].next;
                slots[i].hashCode = -1;
                slots[i].value = default(T);
                slots[i].next = freeList;
                freeList = i;
                count--;
                version++;
                if (count == 0)
                {
                    lastIndex = 0;
                    freeList = -1;
                }
                return true;
            }
            return false;
        }

        public int RemoveWhere(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            int removed = 0;
            for (int i = 0; i < lastIndex; i++)
            {
                if (slots[i].hashCode < 0) continue;
                T value = slots[i].value;
                if (match(value) && Remove(value)) removed++;
            }
            return removed;
        }

        public void Clear()
        {
            for (int i = 0; i < buckets.Length; i++) buckets[i] = -1;
            Array.Clear(slots, 0, lastIndex);
            lastIndex = 0;
            count = 0;
            freeList = -1;
            version++;
        }

        public void CopyTo(T[] array) { CopyTo(array, 0, count); }
        public void CopyTo(T[] array, int arrayIndex) { CopyTo(array, arrayIndex, count); }

        public void CopyTo(T[] array, int arrayIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (arrayIndex < 0 || count < 0) throw new ArgumentOutOfRangeException(arrayIndex < 0 ? "arrayIndex" : "count", "Non-negative number required.");
            if (arrayIndex > array.Length || count > array.Length - arrayIndex) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            int n = 0;
            for (int i = 0; i < lastIndex && n < count; i++)
            {
                if (slots[i].hashCode < 0) continue;
                array[arrayIndex + n] = slots[i].value;
                n++;
            }
        }

        public void TrimExcess() { }

        private HashSet<T> Same(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            HashSet<T> s = other as HashSet<T>;
            if (s != null && s.comparer.Equals(comparer)) return s;
            return new HashSet<T>(other, comparer);
        }

        public void UnionWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            foreach (T item in other) Add(item);
        }

        public void IntersectWith(IEnumerable<T> other)
        {
            HashSet<T> keep = Same(other);
            for (int i = 0; i < lastIndex; i++)
                if (slots[i].hashCode >= 0 && !keep.Contains(slots[i].value)) Remove(slots[i].value);
        }

        public void ExceptWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (count == 0) return;
            if ((object)other == (object)this)
            {
                Clear();
                return;
            }
            foreach (T item in other) Remove(item);
        }

        public void SymmetricExceptWith(IEnumerable<T> other)
        {
            if ((object)other == (object)this)
            {
                Clear();
                return;
            }
            foreach (T item in Same(other))
                if (!Remove(item)) Add(item);
        }

        public bool IsSubsetOf(IEnumerable<T> other)
        {
            HashSet<T> o = Same(other);
            foreach (T item in this)
                if (!o.Contains(item)) return false;
            return true;
        }

        public bool IsProperSubsetOf(IEnumerable<T> other)
        {
            HashSet<T> o = Same(other);
            return o.Count > count && IsSubsetOf(o);
        }

        public bool IsSupersetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            foreach (T item in other)
                if (!Contains(item)) return false;
            return true;
        }

        public bool IsProperSupersetOf(IEnumerable<T> other)
        {
            HashSet<T> o = Same(other);
            return count > o.Count && IsSupersetOf(o);
        }

        public bool Overlaps(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            foreach (T item in other)
                if (Contains(item)) return true;
            return false;
        }

        public bool SetEquals(IEnumerable<T> other)
        {
            HashSet<T> o = Same(other);
            return o.Count == count && IsSupersetOf(o);
        }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        public struct Enumerator : IEnumerator<T>
        {
            private HashSet<T> set;
            private int index;
            private int version;
            private T current;

            internal Enumerator(HashSet<T> set)
            {
                this.set = set;
                index = 0;
                version = set.version;
                current = default(T);
            }

            public T Current { get { return current; } }

            object IEnumerator.Current
            {
                get
                {
                    if (index == 0 || index == set.lastIndex + 1) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return current;
                }
            }

            public bool MoveNext()
            {
                if (version != set.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                while (index < set.lastIndex)
                {
                    int i = index++;
                    if (set.slots[i].hashCode >= 0)
                    {
                        current = set.slots[i].value;
                        return true;
                    }
                }
                index = set.lastIndex + 1;
                current = default(T);
                return false;
            }

            void IEnumerator.Reset()
            {
                index = 0;
                current = default(T);
            }

            public void Dispose() { }
        }
    }
}
