// The non-generic collections of System.Collections: the interfaces, DictionaryEntry,
// Comparer, ArrayList and Hashtable (whose entries enumerate in insertion order here;
// .NET's open-addressing order is not reproduced).
using System.Collections.Generic;

namespace System.Collections
{
    public interface ICollection : IEnumerable
    {
        int Count { get; }
        object SyncRoot { get; }
        bool IsSynchronized { get; }
        void CopyTo(Array array, int index);
    }

    public interface IList : ICollection
    {
        object this[int index] { get; set; }
        bool IsReadOnly { get; }
        bool IsFixedSize { get; }
        int Add(object value);
        bool Contains(object value);
        void Clear();
        int IndexOf(object value);
        void Insert(int index, object value);
        void Remove(object value);
        void RemoveAt(int index);
    }

    public interface IDictionary : ICollection
    {
        object this[object key] { get; set; }
        ICollection Keys { get; }
        ICollection Values { get; }
        bool IsReadOnly { get; }
        bool IsFixedSize { get; }
        bool Contains(object key);
        void Add(object key, object value);
        void Clear();
        new IDictionaryEnumerator GetEnumerator();
        void Remove(object key);
    }

    public interface IDictionaryEnumerator : IEnumerator
    {
        object Key { get; }
        object Value { get; }
        DictionaryEntry Entry { get; }
    }

    public struct DictionaryEntry
    {
        private object key;
        private object value;

        public DictionaryEntry(object key, object value) { this.key = key; this.value = value; }

        public object Key { get { return key; } set { key = value; } }
        public object Value { get { return this.value; } set { this.value = value; } }
    }

    public interface IComparer
    {
        int Compare(object x, object y);
    }

    public interface IEqualityComparer
    {
        bool Equals(object x, object y);
        int GetHashCode(object obj);
    }

    public sealed class Comparer : IComparer
    {
        public static readonly Comparer Default = new Comparer();
        public static readonly Comparer DefaultInvariant = Default;

        private Comparer() { }

        public int Compare(object a, object b)
        {
            if (a == b) return 0;
            if (a == null) return -1;
            if (b == null) return 1;
            string sa = a as string;
            string sb = b as string;
            if (sa != null && sb != null) return string.Compare(sa, sb);
            IComparable ia = a as IComparable;
            if (ia != null) return ia.CompareTo(b);
            IComparable ib = b as IComparable;
            if (ib != null) return -ib.CompareTo(a);
            throw new ArgumentException("At least one object must implement IComparable.");
        }
    }

    // A non-generic comparer seen as the generic one the shared sort helper takes.
    internal sealed class ObjectComparerAdapter : IComparer<object>
    {
        private readonly IComparer comparer;

        internal ObjectComparerAdapter(IComparer comparer) { this.comparer = comparer == null ? Comparer.Default : comparer; }

        public int Compare(object x, object y) { return comparer.Compare(x, y); }
    }

    public class ArrayList : IList, ICloneable
    {
        private object[] items;
        private int size;
        private int version;

        public ArrayList() { items = new object[0]; }

        public ArrayList(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            items = new object[capacity];
        }

        public ArrayList(ICollection c)
        {
            if (c == null) throw new ArgumentNullException("c");
            items = new object[c.Count];
            AddRange(c);
        }

        public virtual int Count { get { return size; } }
        public virtual bool IsReadOnly { get { return false; } }
        public virtual bool IsFixedSize { get { return false; } }
        public virtual bool IsSynchronized { get { return false; } }
        public virtual object SyncRoot { get { return this; } }

        public virtual int Capacity
        {
            get { return items.Length; }
            set
            {
                if (value < size) throw new ArgumentOutOfRangeException("value", "capacity was less than the current size.");
                object[] bigger = new object[value];
                Array.Copy(items, 0, bigger, 0, size);
                items = bigger;
            }
        }

        public virtual object this[int index]
        {
            get
            {
                if (index < 0 || index >= size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                return items[index];
            }
            set
            {
                if (index < 0 || index >= size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                items[index] = value;
                version++;
            }
        }

        private void EnsureCapacity(int min)
        {
            if (items.Length >= min) return;
            int cap = items.Length == 0 ? 4 : items.Length * 2;
            if (cap < min) cap = min;
            Capacity = cap;
        }

        public virtual int Add(object value)
        {
            EnsureCapacity(size + 1);
            items[size] = value;
            version++;
            return size++;
        }

        public virtual void AddRange(ICollection c)
        {
            if (c == null) throw new ArgumentNullException("c");
            foreach (object o in c) Add(o);
        }

        public virtual void Clear()
        {
            Array.Clear(items, 0, size);
            size = 0;
            version++;
        }

        public virtual bool Contains(object item) { return IndexOf(item) >= 0; }

        public virtual int IndexOf(object value)
        {
            for (int i = 0; i < size; i++)
                if (object.Equals(items[i], value)) return i;
            return -1;
        }

        public virtual int LastIndexOf(object value)
        {
            for (int i = size - 1; i >= 0; i--)
                if (object.Equals(items[i], value)) return i;
            return -1;
        }

        public virtual void Insert(int index, object value)
        {
            if (index < 0 || index > size) throw new ArgumentOutOfRangeException("index", "Insertion index was out of range. Must be non-negative and less than or equal to size.");
            EnsureCapacity(size + 1);
            Array.Copy(items, index, items, index + 1, size - index);
            items[index] = value;
            size++;
            version++;
        }

        public virtual void Remove(object obj)
        {
            int i = IndexOf(obj);
            if (i >= 0) RemoveAt(i);
        }

        public virtual void RemoveAt(int index)
        {
            if (index < 0 || index >= size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            size--;
            Array.Copy(items, index + 1, items, index, size - index);
            items[size] = null;
            version++;
        }

        public virtual void Reverse()
        {
            for (int i = 0, j = size - 1; i < j; i++, j--) { object t = items[i]; items[i] = items[j]; items[j] = t; }
            version++;
        }

        public virtual void Sort() { Sort(null); }

        public virtual void Sort(IComparer comparer)
        {
            ArraySortHelper<object>.Sort(items, 0, size, new ObjectComparerAdapter(comparer));
            version++;
        }

        public virtual object[] ToArray()
        {
            object[] r = new object[size];
            Array.Copy(items, 0, r, 0, size);
            return r;
        }

        public virtual void CopyTo(Array array) { CopyTo(array, 0); }
        public virtual void CopyTo(Array array, int arrayIndex) { Array.Copy(items, 0, array, arrayIndex, size); }

        public virtual object Clone()
        {
            ArrayList r = new ArrayList(size);
            Array.Copy(items, 0, r.items, 0, size);
            r.size = size;
            return r;
        }

        public virtual IEnumerator GetEnumerator() { return new ArrayListEnumerator(this); }

        private sealed class ArrayListEnumerator : IEnumerator, ICloneable
        {
            private ArrayList list;
            private int index = -1;
            private int version;

            internal ArrayListEnumerator(ArrayList list) { this.list = list; version = list.version; }

            public object Clone() { return MemberwiseClone(); }

            public object Current
            {
                get
                {
                    if (index < 0 || index >= list.size) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return list.items[index];
                }
            }

            public bool MoveNext()
            {
                if (version != list.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (index < list.size) index++;
                return index < list.size;
            }

            public void Reset() { index = -1; }
        }
    }

    // Keys compared with Equals/GetHashCode, or a caller's IEqualityComparer.
    internal sealed class HashtableKeyComparer : IEqualityComparer<object>
    {
        private readonly IEqualityComparer comparer;

        internal HashtableKeyComparer(IEqualityComparer comparer) { this.comparer = comparer; }

        public bool Equals(object x, object y)
        {
            if (comparer != null) return comparer.Equals(x, y);
            return object.Equals(x, y);
        }

        public int GetHashCode(object obj)
        {
            if (comparer != null) return comparer.GetHashCode(obj);
            return obj.GetHashCode();
        }
    }

    public class Hashtable : IDictionary, ICloneable
    {
        private Dictionary<object, object> table;
        private IEqualityComparer comparer;

        public Hashtable() : this(0, (IEqualityComparer)null) { }
        public Hashtable(int capacity) : this(capacity, (IEqualityComparer)null) { }
        public Hashtable(IEqualityComparer equalityComparer) : this(0, equalityComparer) { }

        public Hashtable(int capacity, IEqualityComparer equalityComparer)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            comparer = equalityComparer;
            table = new Dictionary<object, object>(capacity, new HashtableKeyComparer(equalityComparer));
        }

        public Hashtable(IDictionary d) : this(0, (IEqualityComparer)null)
        {
            if (d == null) throw new ArgumentNullException("d");
            IDictionaryEnumerator e = d.GetEnumerator();
            while (e.MoveNext()) Add(e.Key, e.Value);
        }

        public virtual int Count { get { return table.Count; } }
        public virtual bool IsReadOnly { get { return false; } }
        public virtual bool IsFixedSize { get { return false; } }
        public virtual bool IsSynchronized { get { return false; } }
        public virtual object SyncRoot { get { return this; } }

        public virtual object this[object key]
        {
            get
            {
                if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
                object v;
                table.TryGetValue(key, out v);
                return v;
            }
            set
            {
                if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
                table[key] = value;
            }
        }

        public virtual ICollection Keys { get { return new ArrayList(new EntryList(this, true)); } }
        public virtual ICollection Values { get { return new ArrayList(new EntryList(this, false)); } }

        public virtual void Add(object key, object value)
        {
            if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
            if (table.ContainsKey(key)) throw new ArgumentException("Item has already been added. Key in dictionary: '" + key + "'  Key being added: '" + key + "'");
            table.Add(key, value);
        }

        public virtual void Clear() { table.Clear(); }
        public virtual bool Contains(object key) { return ContainsKey(key); }

        public virtual bool ContainsKey(object key)
        {
            if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
            return table.ContainsKey(key);
        }

        public virtual bool ContainsValue(object value)
        {
            foreach (KeyValuePair<object, object> kv in table)
                if (object.Equals(kv.Value, value)) return true;
            return false;
        }

        public virtual void Remove(object key)
        {
            if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
            table.Remove(key);
        }

        public virtual void CopyTo(Array array, int arrayIndex)
        {
            object[] target = (object[])array;
            foreach (KeyValuePair<object, object> kv in table) target[arrayIndex++] = new DictionaryEntry(kv.Key, kv.Value);
        }

        public virtual object Clone()
        {
            Hashtable r = new Hashtable(0, comparer);
            foreach (KeyValuePair<object, object> kv in table) r.table.Add(kv.Key, kv.Value);
            return r;
        }

        public virtual IDictionaryEnumerator GetEnumerator() { return new HashtableEnumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new HashtableEnumerator(this); }

        private sealed class HashtableEnumerator : IDictionaryEnumerator
        {
            private KeyValuePair<object, object>[] entries;
            private int index = -1;

            internal HashtableEnumerator(Hashtable h)
            {
                entries = new KeyValuePair<object, object>[h.table.Count];
                ((ICollection<KeyValuePair<object, object>>)h.table).CopyTo(entries, 0);
            }

            public bool MoveNext() { if (index < entries.Length) index++; return index < entries.Length; }
            public void Reset() { index = -1; }

            public DictionaryEntry Entry
            {
                get
                {
                    if (index < 0 || index >= entries.Length) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return new DictionaryEntry(entries[index].Key, entries[index].Value);
                }
            }

            public object Key { get { return Entry.Key; } }
            public object Value { get { return Entry.Value; } }
            public object Current { get { return Entry; } }
        }

        // The keys or the values, as the ICollection ArrayList copies.
        private sealed class EntryList : ICollection
        {
            private Hashtable owner;
            private bool keys;

            internal EntryList(Hashtable owner, bool keys) { this.owner = owner; this.keys = keys; }

            public int Count { get { return owner.Count; } }
            public object SyncRoot { get { return owner; } }
            public bool IsSynchronized { get { return false; } }

            public void CopyTo(Array array, int index)
            {
                object[] target = (object[])array;
                foreach (KeyValuePair<object, object> kv in owner.table) target[index++] = keys ? kv.Key : kv.Value;
            }

            public IEnumerator GetEnumerator()
            {
                object[] all = new object[owner.Count];
                CopyTo(all, 0);
                return all.GetEnumerator();
            }
        }
    }
}
