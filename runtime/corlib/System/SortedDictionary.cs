// SortedDictionary<TKey, TValue> (entries kept in key order in a sorted array; .NET's
// red-black tree gives the same order and results) and the ISet<T> interface.
using System.Collections;

namespace System.Collections.Generic
{
    public interface ISet<T> : ICollection<T>
    {
        new bool Add(T item);
        void UnionWith(IEnumerable<T> other);
        void IntersectWith(IEnumerable<T> other);
        void ExceptWith(IEnumerable<T> other);
        void SymmetricExceptWith(IEnumerable<T> other);
        bool IsSubsetOf(IEnumerable<T> other);
        bool IsSupersetOf(IEnumerable<T> other);
        bool IsProperSupersetOf(IEnumerable<T> other);
        bool IsProperSubsetOf(IEnumerable<T> other);
        bool Overlaps(IEnumerable<T> other);
        bool SetEquals(IEnumerable<T> other);
    }

    public class SortedDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>
    {
        private TKey[] keys = new TKey[0];
        private TValue[] values = new TValue[0];
        private int count;
        private int version;
        private IComparer<TKey> comparer;

        public SortedDictionary() : this((IComparer<TKey>)null) { }

        public SortedDictionary(IComparer<TKey> comparer)
        {
            this.comparer = comparer == null ? System.Collections.Generic.Comparer<TKey>.Default : comparer;
        }

        public SortedDictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }

        public SortedDictionary(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer) : this(comparer)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            foreach (KeyValuePair<TKey, TValue> kv in dictionary) Add(kv.Key, kv.Value);
        }

        public int Count { get { return count; } }
        public IComparer<TKey> Comparer { get { return comparer; } }
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly { get { return false; } }

        public KeyCollection Keys { get { return new KeyCollection(this); } }
        public ValueCollection Values { get { return new ValueCollection(this); } }
        ICollection<TKey> IDictionary<TKey, TValue>.Keys { get { return new KeyCollection(this); } }
        ICollection<TValue> IDictionary<TKey, TValue>.Values { get { return new ValueCollection(this); } }
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys { get { return new KeyCollection(this); } }
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values { get { return new ValueCollection(this); } }

        // The index of `key`, or the complement of where it would go.
        private int Find(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            int lo = 0;
            int hi = count - 1;
            while (lo <= hi)
            {
                int mid = lo + ((hi - lo) >> 1);
                int c = comparer.Compare(keys[mid], key);
                if (c == 0) return mid;
                if (c < 0) lo = mid + 1;
                else hi = mid - 1;
            }
            return ~lo;
        }

        public TValue this[TKey key]
        {
            get
            {
                int i = Find(key);
                if (i < 0) throw new KeyNotFoundException("The given key '" + key + "' was not present in the dictionary.");
                return values[i];
            }
            set
            {
                int i = Find(key);
                if (i >= 0)
                {
                    values[i] = value;
                    version++;
                    return;
                }
                InsertAt(~i, key, value);
            }
        }

        private void InsertAt(int i, TKey key, TValue value)
        {
            if (count == keys.Length)
            {
                int cap = keys.Length == 0 ? 4 : keys.Length * 2;
                TKey[] nk = new TKey[cap];
                TValue[] nv = new TValue[cap];
                Array.Copy(keys, 0, nk, 0, count);
                Array.Copy(values, 0, nv, 0, count);
                keys = nk;
                values = nv;
            }
            Array.Copy(keys, i, keys, i + 1, count - i);
            Array.Copy(values, i, values, i + 1, count - i);
            keys[i] = key;
            values[i] = value;
            count++;
            version++;
        }

        public void Add(TKey key, TValue value)
        {
            int i = Find(key);
            if (i >= 0) throw new ArgumentException("An item with the same key has already been added.");
            InsertAt(~i, key, value);
        }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item) { Add(item.Key, item.Value); }

        public bool ContainsKey(TKey key) { return Find(key) >= 0; }

        public bool ContainsValue(TValue value)
        {
            EqualityComparer<TValue> c = EqualityComparer<TValue>.Default;
            for (int i = 0; i < count; i++)
                if (c.Equals(values[i], value)) return true;
            return false;
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item)
        {
            int i = Find(item.Key);
            return i >= 0 && EqualityComparer<TValue>.Default.Equals(values[i], item.Value);
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            int i = Find(key);
            if (i >= 0)
            {
                value = values[i];
                return true;
            }
            value = default(TValue);
            return false;
        }

        public bool Remove(TKey key)
        {
            int i = Find(key);
            if (i < 0) return false;
            count--;
            Array.Copy(keys, i + 1, keys, i, count - i);
            Array.Copy(values, i + 1, values, i, count - i);
            keys[count] = default(TKey);
            values[count] = default(TValue);
            version++;
            return true;
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item)
        {
            int i = Find(item.Key);
            if (i < 0 || !EqualityComparer<TValue>.Default.Equals(values[i], item.Value)) return false;
            return Remove(item.Key);
        }

        public void Clear()
        {
            keys = new TKey[0];
            values = new TValue[0];
            count = 0;
            version++;
        }

        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || array.Length - index < count) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            for (int i = 0; i < count; i++) array[index + i] = new KeyValuePair<TKey, TValue>(keys[i], values[i]);
        }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>
        {
            private SortedDictionary<TKey, TValue> d;
            private int index;
            private int version;

            internal Enumerator(SortedDictionary<TKey, TValue> d)
            {
                this.d = d;
                index = -1;
                version = d.version;
            }

            public KeyValuePair<TKey, TValue> Current
            {
                get
                {
                    if (index < 0 || index >= d.count) return new KeyValuePair<TKey, TValue>();
                    return new KeyValuePair<TKey, TValue>(d.keys[index], d.values[index]);
                }
            }

            object IEnumerator.Current
            {
                get
                {
                    if (index < 0 || index >= d.count) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return Current;
                }
            }

            public bool MoveNext()
            {
                if (version != d.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (index < d.count) index++;
                return index < d.count;
            }

            void IEnumerator.Reset() { index = -1; }
            public void Dispose() { }
        }

        public sealed class KeyCollection : ICollection<TKey>, IReadOnlyCollection<TKey>
        {
            private SortedDictionary<TKey, TValue> d;

            public KeyCollection(SortedDictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null) throw new ArgumentNullException("dictionary");
                d = dictionary;
            }

            public int Count { get { return d.count; } }
            bool ICollection<TKey>.IsReadOnly { get { return true; } }
            void ICollection<TKey>.Add(TKey item) { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            void ICollection<TKey>.Clear() { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            bool ICollection<TKey>.Remove(TKey item) { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            bool ICollection<TKey>.Contains(TKey item) { return d.ContainsKey(item); }

            public void CopyTo(TKey[] array, int index) { Array.Copy(d.keys, 0, array, index, d.count); }

            public Enumerator GetEnumerator() { return new Enumerator(d); }
            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator() { return new Enumerator(d); }
            IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(d); }

            public struct Enumerator : IEnumerator<TKey>
            {
                private SortedDictionary<TKey, TValue> d;
                private int index;
                private int version;

                internal Enumerator(SortedDictionary<TKey, TValue> d)
                {
                    this.d = d;
                    index = -1;
                    version = d.version;
                }

                public TKey Current { get { return index < 0 || index >= d.count ? default(TKey) : d.keys[index]; } }
                object IEnumerator.Current { get { return Current; } }

                public bool MoveNext()
                {
                    if (version != d.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    if (index < d.count) index++;
                    return index < d.count;
                }

                void IEnumerator.Reset() { index = -1; }
                public void Dispose() { }
            }
        }

        public sealed class ValueCollection : ICollection<TValue>, IReadOnlyCollection<TValue>
        {
            private SortedDictionary<TKey, TValue> d;

            public ValueCollection(SortedDictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null) throw new ArgumentNullException("dictionary");
                d = dictionary;
            }

            public int Count { get { return d.count; } }
            bool ICollection<TValue>.IsReadOnly { get { return true; } }
            void ICollection<TValue>.Add(TValue item) { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            void ICollection<TValue>.Clear() { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            bool ICollection<TValue>.Remove(TValue item) { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            bool ICollection<TValue>.Contains(TValue item) { return d.ContainsValue(item); }

            public void CopyTo(TValue[] array, int index) { Array.Copy(d.values, 0, array, index, d.count); }

            public Enumerator GetEnumerator() { return new Enumerator(d); }
            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator() { return new Enumerator(d); }
            IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(d); }

            public struct Enumerator : IEnumerator<TValue>
            {
                private SortedDictionary<TKey, TValue> d;
                private int index;
                private int version;

                internal Enumerator(SortedDictionary<TKey, TValue> d)
                {
                    this.d = d;
                    index = -1;
                    version = d.version;
                }

                public TValue Current { get { return index < 0 || index >= d.count ? default(TValue) : d.values[index]; } }
                object IEnumerator.Current { get { return Current; } }

                public bool MoveNext()
                {
                    if (version != d.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    if (index < d.count) index++;
                    return index < d.count;
                }

                void IEnumerator.Reset() { index = -1; }
                public void Dispose() { }
            }
        }
    }
}
