// Generic collections and the interfaces and comparers behind them:
// System.Collections.Generic as the compilers and T3 programs use it.
using System.Collections;

namespace System
{
    public interface IComparable<in T>
    {
        int CompareTo(T other);
    }

    public interface IEquatable<T>
    {
        bool Equals(T other);
    }
}

namespace System.Collections.Generic
{
    public interface IEnumerable<out T> : IEnumerable
    {
        new IEnumerator<T> GetEnumerator();
    }

    public interface IEnumerator<out T> : IDisposable, IEnumerator
    {
        new T Current { get; }
    }

    public interface ICollection<T> : IEnumerable<T>
    {
        int Count { get; }
        bool IsReadOnly { get; }
        void Add(T item);
        void Clear();
        bool Contains(T item);
        void CopyTo(T[] array, int arrayIndex);
        bool Remove(T item);
    }

    public interface IList<T> : ICollection<T>
    {
        T this[int index] { get; set; }
        int IndexOf(T item);
        void Insert(int index, T item);
        void RemoveAt(int index);
    }

    public interface IReadOnlyCollection<out T> : IEnumerable<T>
    {
        int Count { get; }
    }

    public interface IReadOnlyList<out T> : IReadOnlyCollection<T>
    {
        T this[int index] { get; }
    }

    public interface IEqualityComparer<in T>
    {
        bool Equals(T x, T y);
        int GetHashCode(T obj);
    }

    public interface IComparer<in T>
    {
        int Compare(T x, T y);
    }

    public abstract class EqualityComparer<T> : IEqualityComparer<T>
    {
        private static EqualityComparer<T> defaultComparer;

        protected EqualityComparer() { }

        public static EqualityComparer<T> Default
        {
            get
            {
                if (defaultComparer == null) defaultComparer = new ObjectEqualityComparer<T>();
                return defaultComparer;
            }
        }

        public abstract bool Equals(T x, T y);
        public abstract int GetHashCode(T obj);
    }

    internal sealed class ObjectEqualityComparer<T> : EqualityComparer<T>
    {
        public override bool Equals(T x, T y)
        {
            if (x == null) return y == null;
            if (y == null) return false;
            return x.Equals(y);
        }

        public override int GetHashCode(T obj)
        {
            if (obj == null) return 0;
            return obj.GetHashCode();
        }
    }

    public abstract class Comparer<T> : IComparer<T>
    {
        private static Comparer<T> defaultComparer;

        protected Comparer() { }

        public static Comparer<T> Default
        {
            get
            {
                if (defaultComparer == null) defaultComparer = new ObjectComparer<T>();
                return defaultComparer;
            }
        }

        public abstract int Compare(T x, T y);
    }

    internal sealed class ObjectComparer<T> : Comparer<T>
    {
        public override int Compare(T x, T y)
        {
            if (x == null) return y == null ? 0 : -1;
            if (y == null) return 1;
            IComparable<T> g = x as IComparable<T>;
            if (g != null) return g.CompareTo(y);
            IComparable c = x as IComparable;
            if (c != null) return c.CompareTo(y);
            throw new ArgumentException("At least one object must implement IComparable.");
        }
    }

    public struct KeyValuePair<TKey, TValue>
    {
        private TKey key;
        private TValue value;

        public KeyValuePair(TKey key, TValue value) { this.key = key; this.value = value; }

        public TKey Key { get { return key; } }
        public TValue Value { get { return value; } }

        public override string ToString()
        {
            return "[" + (key == null ? "" : key.ToString()) + ", " + (value == null ? "" : value.ToString()) + "]";
        }
    }

    public class List<T> : IList<T>, IReadOnlyList<T>
    {
        private T[] items;
        private int size;
        private int version;

        public List() { items = new T[0]; }

        public List(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity");
            items = new T[capacity];
        }

        public List(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            items = new T[4];
            IEnumerator<T> e = collection.GetEnumerator();
            while (e.MoveNext()) Add(e.Current);
            e.Dispose();
        }

        public int Count { get { return size; } }
        public bool IsReadOnly { get { return false; } }

        public int Capacity
        {
            get { return items.Length; }
            set
            {
                if (value < size) throw new ArgumentOutOfRangeException("value");
                T[] bigger = new T[value];
                Array.Copy(items, 0, bigger, 0, size);
                items = bigger;
            }
        }

        public T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                return items[index];
            }
            set
            {
                if ((uint)index >= (uint)size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                items[index] = value;
                version++;
            }
        }

        private void Grow(int min)
        {
            int cap = items.Length == 0 ? 4 : items.Length * 2;
            if (cap < min) cap = min;
            Capacity = cap;
        }

        public void Add(T item)
        {
            if (size == items.Length) Grow(size + 1);
            items[size++] = item;
            version++;
        }

        public void AddRange(IEnumerable<T> collection)
        {
            IEnumerator<T> e = collection.GetEnumerator();
            while (e.MoveNext()) Add(e.Current);
            e.Dispose();
        }

        public void Clear()
        {
            Array.Clear(items, 0, size);
            size = 0;
            version++;
        }

        public bool Contains(T item) { return IndexOf(item) >= 0; }

        public int IndexOf(T item)
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = 0; i < size; i++)
                if (c.Equals(items[i], item)) return i;
            return -1;
        }

        public void Insert(int index, T item)
        {
            if ((uint)index > (uint)size) throw new ArgumentOutOfRangeException("index");
            if (size == items.Length) Grow(size + 1);
            for (int i = size; i > index; i--) items[i] = items[i - 1];
            items[index] = item;
            size++;
            version++;
        }

        public bool Remove(T item)
        {
            int i = IndexOf(item);
            if (i < 0) return false;
            RemoveAt(i);
            return true;
        }

        public void RemoveAt(int index)
        {
            if ((uint)index >= (uint)size) throw new ArgumentOutOfRangeException("index");
            size--;
            for (int i = index; i < size; i++) items[i] = items[i + 1];
            items[size] = default(T);
            version++;
        }

        public void Reverse()
        {
            for (int i = 0, j = size - 1; i < j; i++, j--) { T t = items[i]; items[i] = items[j]; items[j] = t; }
            version++;
        }

        public void Sort() { Sort(Comparer<T>.Default); }

        public void Sort(Comparison<T> comparison)
        {
            if (comparison == null) throw new ArgumentNullException("comparison");
            for (int i = 1; i < size; i++)
            {
                T v = items[i];
                int j = i - 1;
                while (j >= 0 && comparison(items[j], v) > 0) { items[j + 1] = items[j]; j--; }
                items[j + 1] = v;
            }
            version++;
        }

        public void ForEach(Action<T> action)
        {
            for (int i = 0; i < size; i++) action(items[i]);
        }

        public T Find(Predicate<T> match)
        {
            for (int i = 0; i < size; i++)
                if (match(items[i])) return items[i];
            return default(T);
        }

        public bool Exists(Predicate<T> match) { return FindIndex(match) >= 0; }

        public int FindIndex(Predicate<T> match)
        {
            for (int i = 0; i < size; i++)
                if (match(items[i])) return i;
            return -1;
        }

        public List<T> FindAll(Predicate<T> match)
        {
            List<T> r = new List<T>();
            for (int i = 0; i < size; i++)
                if (match(items[i])) r.Add(items[i]);
            return r;
        }

        public int RemoveAll(Predicate<T> match)
        {
            int j = 0;
            for (int i = 0; i < size; i++)
                if (!match(items[i])) items[j++] = items[i];
            int removed = size - j;
            for (int i = j; i < size; i++) items[i] = default(T);
            size = j;
            version++;
            return removed;
        }

        public void Sort(IComparer<T> comparer)
        {
            if (comparer == null) comparer = Comparer<T>.Default;
            for (int i = 1; i < size; i++)
            {
                T v = items[i];
                int j = i - 1;
                while (j >= 0 && comparer.Compare(items[j], v) > 0) { items[j + 1] = items[j]; j--; }
                items[j + 1] = v;
            }
            version++;
        }

        public System.Collections.ObjectModel.ReadOnlyCollection<T> AsReadOnly() { return new System.Collections.ObjectModel.ReadOnlyCollection<T>(this); }

        public T[] ToArray()
        {
            T[] r = new T[size];
            Array.Copy(items, 0, r, 0, size);
            return r;
        }

        public void CopyTo(T[] array, int arrayIndex) { Array.Copy(items, 0, array, arrayIndex, size); }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        public struct Enumerator : IEnumerator<T>
        {
            private List<T> list;
            private int index;
            private int version;
            private T current;

            internal Enumerator(List<T> list)
            {
                this.list = list;
                index = 0;
                version = list.version;
                current = default(T);
            }

            public T Current { get { return current; } }
            object IEnumerator.Current { get { return current; } }

            public bool MoveNext()
            {
                if (version != list.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (index < list.size)
                {
                    current = list.items[index];
                    index++;
                    return true;
                }
                index = list.size + 1;
                current = default(T);
                return false;
            }

            public void Reset() { index = 0; current = default(T); }
            public void Dispose() { }
        }
    }

    public class Dictionary<TKey, TValue> : ICollection<KeyValuePair<TKey, TValue>>
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
        public bool IsReadOnly { get { return false; } }

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
        public void Add(KeyValuePair<TKey, TValue> item) { Insert(item.Key, item.Value, true); }

        public bool ContainsKey(TKey key) { return FindEntry(key) >= 0; }

        public bool ContainsValue(TValue value)
        {
            EqualityComparer<TValue> c = EqualityComparer<TValue>.Default;
            for (int i = 0; i < count; i++)
                if (entries[i].hashCode >= 0 && c.Equals(entries[i].value, value)) return true;
            return false;
        }

        public bool Contains(KeyValuePair<TKey, TValue> item)
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

        public bool Remove(KeyValuePair<TKey, TValue> item) { return Contains(item) && Remove(item.Key); }

        public void Clear()
        {
            if (count == 0) return;
            Initialize(buckets.Length);
            count = 0;
            freeCount = 0;
            version++;
        }

        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
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

            public void Reset() { index = 0; }
            public void Dispose() { }
        }

        public sealed class KeyCollection : ICollection<TKey>
        {
            private Dictionary<TKey, TValue> dictionary;

            public KeyCollection(Dictionary<TKey, TValue> dictionary) { this.dictionary = dictionary; }

            public int Count { get { return dictionary.Count; } }
            public bool IsReadOnly { get { return true; } }
            public void Add(TKey item) { throw new NotSupportedException(); }
            public void Clear() { throw new NotSupportedException(); }
            public bool Contains(TKey item) { return dictionary.ContainsKey(item); }
            public bool Remove(TKey item) { throw new NotSupportedException(); }

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

                public void Reset() { index = 0; }
                public void Dispose() { }
            }
        }

        public sealed class ValueCollection : ICollection<TValue>
        {
            private Dictionary<TKey, TValue> dictionary;

            public ValueCollection(Dictionary<TKey, TValue> dictionary) { this.dictionary = dictionary; }

            public int Count { get { return dictionary.Count; } }
            public bool IsReadOnly { get { return true; } }
            public void Add(TValue item) { throw new NotSupportedException(); }
            public void Clear() { throw new NotSupportedException(); }
            public bool Contains(TValue item) { return dictionary.ContainsValue(item); }
            public bool Remove(TValue item) { throw new NotSupportedException(); }

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

                public void Reset() { index = 0; }
                public void Dispose() { }
            }
        }
    }
}
