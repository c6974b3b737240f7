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

    public interface IDictionary<TKey, TValue> : ICollection<KeyValuePair<TKey, TValue>>
    {
        TValue this[TKey key] { get; set; }
        ICollection<TKey> Keys { get; }
        ICollection<TValue> Values { get; }
        bool ContainsKey(TKey key);
        void Add(TKey key, TValue value);
        bool Remove(TKey key);
        bool TryGetValue(TKey key, out TValue value);
    }

    public interface IReadOnlyDictionary<TKey, TValue> : IReadOnlyCollection<KeyValuePair<TKey, TValue>>
    {
        TValue this[TKey key] { get; }
        IEnumerable<TKey> Keys { get; }
        IEnumerable<TValue> Values { get; }
        bool ContainsKey(TKey key);
        bool TryGetValue(TKey key, out TValue value);
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

    public abstract class EqualityComparer<T> : IEqualityComparer, IEqualityComparer<T>
    {
        private static EqualityComparer<T> defaultComparer;

        protected EqualityComparer() { }

        public static EqualityComparer<T> Default
        {
            get
            {
                if (defaultComparer == null)
                {
                    // Strings, the commonest keys, compare without the virtual
                    // Equals(object) and its type test.
                    if (typeof(T) == typeof(string))
                        defaultComparer = (EqualityComparer<T>)(object)new StringEqualityComparer();
                    else
                        defaultComparer = new ObjectEqualityComparer<T>();
                }
                return defaultComparer;
            }
        }

        public abstract bool Equals(T x, T y);
        public abstract int GetHashCode(T obj);

        bool IEqualityComparer.Equals(object x, object y)
        {
            if (x == y) return true;
            if (x == null || y == null) return false;
            if (x is T && y is T) return Equals((T)x, (T)y);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }

        int IEqualityComparer.GetHashCode(object obj)
        {
            if (obj == null) return 0;
            if (obj is T) return GetHashCode((T)obj);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }
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

    internal sealed class StringEqualityComparer : EqualityComparer<string>
    {
        public override bool Equals(string x, string y) { return string.Equals(x, y); }

        public override int GetHashCode(string obj)
        {
            if (obj == null) return 0;
            return obj.GetHashCode();
        }
    }

    public abstract class Comparer<T> : IComparer, IComparer<T>
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

        public static Comparer<T> Create(Comparison<T> comparison)
        {
            if (comparison == null) throw new ArgumentNullException("comparison");
            return new ComparisonComparer<T>(comparison);
        }

        public abstract int Compare(T x, T y);

        int IComparer.Compare(object x, object y)
        {
            if (x == null) return y == null ? 0 : -1;
            if (y == null) return 1;
            if (x is T && y is T) return Compare((T)x, (T)y);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }
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
}
