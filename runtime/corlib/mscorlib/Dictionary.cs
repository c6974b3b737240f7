// System.Collections.Generic.Dictionary<TKey, TValue>: a chained hash table, entries
// kept in insertion order until a removal frees a slot.
using System.Collections;

namespace System.Collections.Generic
{
    public class Dictionary<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>
    {
        private int[] buckets;
        private Entry[] entries;
        private int count;
        private int freeList;
        private int freeCount;
        private int version;
        private IEqualityComparer<TKey> comparer;

        private struct Entry
        {
            public int hashCode;
            public int next;
            public TKey key;
            public TValue value;
        }

        public Dictionary() : this(0, null) { }
        public Dictionary(int capacity) : this(capacity, null) { }
        public Dictionary(IEqualityComparer<TKey> comparer) : this(0, comparer) { }

        public Dictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }

        public Dictionary(IDictionary<TKey, TValue> dictionary, IEqualityComparer<TKey> comparer) : this(dictionary == null ? 0 : dictionary.Count, comparer)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            foreach (KeyValuePair<TKey, TValue> kv in dictionary) Add(kv.Key, kv.Value);
        }

        public IEqualityComparer<TKey> Comparer { get { return comparer; } }

        ICollection<TKey> IDictionary<TKey, TValue>.Keys { get { return new KeyCollection(this); } }
        ICollection<TValue> IDictionary<TKey, TValue>.Values { get { return new ValueCollection(this); } }
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys { get { return new KeyCollection(this); } }
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values { get { return new ValueCollection(this); } }

        public Dictionary(int capacity, IEqualityComparer<TKey> comparer)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity");
            this.comparer = comparer == null ? EqualityComparer<TKey>.Default : comparer;
            Initialize(capacity < 3 ? 3 : capacity);
        }

        private void Initialize(int capacity)
        {
            buckets = new int[capacity];
            for (int i = 0; i < capacity; i++) buckets[i] = -1;
            entries = new Entry[capacity];
            freeList = -1;
        }

        public int Count { get { return count - freeCount; } }
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly { get { return false; } }

        public KeyCollection Keys { get { return new KeyCollection(this); } }
        public ValueCollection Values { get { return new ValueCollection(this); } }

        public TValue this[TKey key]
        {
            get
            {
                int i = FindEntry(key);
                if (i >= 0) return entries[i].value;
                throw new KeyNotFoundException("The given key '" + key + "' was not present in the dictionary.");
            }
            set { Insert(key, value, false); }
        }

        private int Hash(TKey key) { return comparer.GetHashCode(key) & 0x7FFFFFFF; }

        private int FindEntry(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            int h = Hash(key);
            for (int i = buckets[h % buckets.Length]; i >= 0; i = entries[i].next)
                if (entries[i].hashCode == h && comparer.Equals(entries[i].key, key)) return i;
            return -1;
        }

        private void Insert(TKey key, TValue value, bool add)
        {
            if (key == null) throw new ArgumentNullException("key");
            int h = Hash(key);
            int b = h % buckets.Length;
            for (int i = buckets[b]; i >= 0; i = entries[i].next)
            {
                if (entries[i].hashCode == h && comparer.Equals(entries[i].key, key))
                {
                    if (add) throw new ArgumentException("An item with the same key has already been added.");
                    entries[i].value = value;
                    version++;
                    return;
                }
            }
            int index;
            if (freeCount > 0)
            {
                index = freeList;
                freeList = entries[index].next;
                freeCount--;
            }
            else
            {
                if (count == entries.Length)
                {
                    Resize();
                    b = h % buckets.Length;
                }
                index = count;
                count++;
            }
            entries[index].hashCode = h;
            entries[index].next = buckets[b];
            entries[index].key = key;
            entries[index].value = value;
            buckets[b] = index;
            version++;
        }

        private void Resize()
        {
            int n = count * 2 + 1;
            int[] nb = new int[n];
            for (int i = 0; i < n; i++) nb[i] = -1;
            Entry[] ne = new Entry[n];
            Array.Copy(entries, 0, ne, 0, count);
            for (int i = 0; i < count; i++)
            {
                if (ne[i].hashCode >= 0)
                {
                    int b = ne[i].hashCode % n;
                    ne[i].next = nb[b];
                    nb[b] = i;
                }
            }
            buckets = nb;
            entries = ne;
        }

        public void Add(TKey key, TValue value) { Insert(key, value, true); }
        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item) { Insert(item.Key, item.Value, true); }

        public bool ContainsKey(TKey key) { return FindEntry(key) >= 0; }

        public bool ContainsValue(TValue value)
        {
            EqualityComparer<TValue> c = EqualityComparer<TValue>.Default;
            for (int i = 0; i < count; i++)
                if (entries[i].hashCode >= 0 && c.Equals(entries[i].value, value)) return true;
            return false;
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item) { return ContainsPair(item); }

        private bool ContainsPair(KeyValuePair<TKey, TValue> item)
        {
            int i = FindEntry(item.Key);
            return i >= 0 && EqualityComparer<TValue>.Default.Equals(entries[i].value, item.Value);
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            int i = FindEntry(key);
            if (i >= 0) { value = entries[i].value; return true; }
            value = default(TValue);
            return false;
        }

        public bool Remove(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            int h = Hash(key);
            int b = h % buckets.Length;
            int last = -1;
            for (int i = buckets[b]; i >= 0; last = i, i = entries[i].next)
            {
                if (entries[i].hashCode == h && comparer.Equals(entries[i].key, key))
                {
                    if (last < 0) buckets[b] = entries[i].next;
                    else entries[last].next = entries[i].next;
                    entries[i].hashCode = -1;
                    entries[i].next = freeList;
                    entries[i].key = default(TKey);
                    entries[i].value = default(TValue);
                    freeList = i;
                    freeCount++;
                    version++;
                    return true;
                }
            }
            return false;
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item) { return ContainsPair(item) && Remove(item.Key); }

        public void Clear()
        {
            if (count == 0) return;
            Initialize(buckets.Length);
            count = 0;
            freeCount = 0;
            version++;
        }

        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            for (int i = 0; i < count; i++)
                if (entries[i].hashCode >= 0) array[index++] = new KeyValuePair<TKey, TValue>(entries[i].key, entries[i].value);
        }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>
        {
            private Dictionary<TKey, TValue> dictionary;
            private int version;
            private int index;
            private KeyValuePair<TKey, TValue> current;

            internal Enumerator(Dictionary<TKey, TValue> dictionary)
            {
                this.dictionary = dictionary;
                version = dictionary.version;
                index = 0;
                current = new KeyValuePair<TKey, TValue>();
            }

            public KeyValuePair<TKey, TValue> Current { get { return current; } }
            object IEnumerator.Current { get { return current; } }

            public bool MoveNext()
            {
                if (version != dictionary.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                while (index < dictionary.count)
                {
                    int i = index++;
                    if (dictionary.entries[i].hashCode >= 0)
                    {
                        current = new KeyValuePair<TKey, TValue>(dictionary.entries[i].key, dictionary.entries[i].value);
                        return true;
                    }
                }
                index = dictionary.count + 1;
                current = new KeyValuePair<TKey, TValue>();
                return false;
            }

            void IEnumerator.Reset() { index = 0; }
            public void Dispose() { }
        }

        public sealed class KeyCollection : ICollection<TKey>
        {
            private Dictionary<TKey, TValue> dictionary;

            public KeyCollection(Dictionary<TKey, TValue> dictionary) { this.dictionary = dictionary; }

            public int Count { get { return dictionary.Count; } }
            bool ICollection<TKey>.IsReadOnly { get { return true; } }
            void ICollection<TKey>.Add(TKey item) { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            void ICollection<TKey>.Clear() { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            bool ICollection<TKey>.Contains(TKey item) { return dictionary.ContainsKey(item); }
            bool ICollection<TKey>.Remove(TKey item) { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }

            public void CopyTo(TKey[] array, int index)
            {
                Entry[] es = dictionary.entries;
                for (int i = 0; i < dictionary.count; i++)
                    if (es[i].hashCode >= 0) array[index++] = es[i].key;
            }

            public Enumerator GetEnumerator() { return new Enumerator(dictionary); }
            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator() { return new Enumerator(dictionary); }
            IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(dictionary); }

            public struct Enumerator : IEnumerator<TKey>
            {
                private Dictionary<TKey, TValue> dictionary;
                private int version;
                private int index;
                private TKey current;

                internal Enumerator(Dictionary<TKey, TValue> dictionary)
                {
                    this.dictionary = dictionary;
                    version = dictionary.version;
                    index = 0;
                    current = default(TKey);
                }

                public TKey Current { get { return current; } }
                object IEnumerator.Current { get { return current; } }

                public bool MoveNext()
                {
                    if (version != dictionary.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    while (index < dictionary.count)
                    {
                        int i = index++;
                        if (dictionary.entries[i].hashCode >= 0)
                        {
                            current = dictionary.entries[i].key;
                            return true;
                        }
                    }
                    index = dictionary.count + 1;
                    current = default(TKey);
                    return false;
                }

                void IEnumerator.Reset() { index = 0; }
                public void Dispose() { }
            }
        }

        public sealed class ValueCollection : ICollection<TValue>
        {
            private Dictionary<TKey, TValue> dictionary;

            public ValueCollection(Dictionary<TKey, TValue> dictionary) { this.dictionary = dictionary; }

            public int Count { get { return dictionary.Count; } }
            bool ICollection<TValue>.IsReadOnly { get { return true; } }
            void ICollection<TValue>.Add(TValue item) { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            void ICollection<TValue>.Clear() { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            bool ICollection<TValue>.Contains(TValue item) { return dictionary.ContainsValue(item); }
            bool ICollection<TValue>.Remove(TValue item) { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }

            public void CopyTo(TValue[] array, int index)
            {
                Entry[] es = dictionary.entries;
                for (int i = 0; i < dictionary.count; i++)
                    if (es[i].hashCode >= 0) array[index++] = es[i].value;
            }

            public Enumerator GetEnumerator() { return new Enumerator(dictionary); }
            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator() { return new Enumerator(dictionary); }
            IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(dictionary); }

            public struct Enumerator : IEnumerator<TValue>
            {
                private Dictionary<TKey, TValue> dictionary;
                private int version;
                private int index;
                private TValue current;

                internal Enumerator(Dictionary<TKey, TValue> dictionary)
                {
                    this.dictionary = dictionary;
                    version = dictionary.version;
                    index = 0;
                    current = default(TValue);
                }

                public TValue Current { get { return current; } }
                object IEnumerator.Current { get { return current; } }

                public bool MoveNext()
                {
                    if (version != dictionary.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    while (index < dictionary.count)
                    {
                        int i = index++;
                        if (dictionary.entries[i].hashCode >= 0)
                        {
                            current = dictionary.entries[i].value;
                            return true;
                        }
                    }
                    index = dictionary.count + 1;
                    current = default(TValue);
                    return false;
                }

                void IEnumerator.Reset() { index = 0; }
                public void Dispose() { }
            }
        }
    }
}
