// System.Array: the base of every array type; element access is done by the JIT, the
// rest through internal calls that know the array layout.
using System.Collections;

namespace System
{
    public abstract class Array : ICloneable, IList
    {
        protected Array() { }

        int ICollection.Count { get { return Length; } }
        public object SyncRoot { get { return this; } }
        public bool IsSynchronized { get { return false; } }
        public bool IsReadOnly { get { return false; } }
        public bool IsFixedSize { get { return true; } }

        object IList.this[int index]
        {
            get { return GetValue(index); }
            set { SetValue(value, index); }
        }

        int IList.Add(object value) { throw new NotSupportedException("Collection was of a fixed size."); }
        bool IList.Contains(object value) { return IndexOf(this, value) >= 0; }
        void IList.Clear() { Clear(this, 0, Length); }
        int IList.IndexOf(object value) { return IndexOf(this, value); }
        void IList.Insert(int index, object value) { throw new NotSupportedException("Collection was of a fixed size."); }
        void IList.Remove(object value) { throw new NotSupportedException("Collection was of a fixed size."); }
        void IList.RemoveAt(int index) { throw new NotSupportedException("Collection was of a fixed size."); }

        public int Length { get { return RuntimeImports.ArrayLength(this); } }
        public long LongLength { get { return RuntimeImports.ArrayLength(this); } }
        public int Rank { get { return RuntimeImports.ArrayRank(this); } }

        public int GetLength(int dimension)
        {
            if (dimension < 0 || dimension >= Rank) throw new IndexOutOfRangeException();
            return RuntimeImports.ArrayDimension(this, dimension);
        }

        public int GetLowerBound(int dimension) { return 0; }
        public int GetUpperBound(int dimension) { return GetLength(dimension) - 1; }

        public object Clone() { return RuntimeImports.Clone(this); }

        public static void Copy(Array sourceArray, Array destinationArray, int length)
        {
            Copy(sourceArray, 0, destinationArray, 0, length);
        }

        public static void Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length)
        {
            if (sourceArray == null) throw new ArgumentNullException("sourceArray");
            if (destinationArray == null) throw new ArgumentNullException("destinationArray");
            if (length < 0 || sourceIndex < 0 || destinationIndex < 0) throw new ArgumentOutOfRangeException("length");
            if (sourceIndex > sourceArray.Length - length || destinationIndex > destinationArray.Length - length)
                throw new ArgumentException("Destination array was not long enough. Check destIndex and length, and the array's lower bounds.");
            RuntimeImports.ArrayCopy(sourceArray, sourceIndex, destinationArray, destinationIndex, length);
        }

        public static void Clear(Array array, int index, int length)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || length < 0 || index > array.Length - length) throw new IndexOutOfRangeException();
            RuntimeImports.ArrayClear(array, index, length);
        }

        public IEnumerator GetEnumerator() { return new ArrayEnumerator(this); }

        public object GetValue(int index)
        {
            if (Rank != 1) throw new ArgumentException("Only single dimension arrays are supported here.");
            if (index < 0 || index >= Length) throw new IndexOutOfRangeException();
            return RuntimeImports.ArrayGetValue(this, index);
        }

        public void SetValue(object value, int index)
        {
            if (Rank != 1) throw new ArgumentException("Only single dimension arrays are supported here.");
            if (index < 0 || index >= Length) throw new IndexOutOfRangeException();
            if (!RuntimeImports.ArraySetValue(this, value, index)) throw new InvalidCastException("Object cannot be stored in an array of this type.");
        }

        public void CopyTo(Array array, int index) { Copy(this, 0, array, index, Length); }

        public static int IndexOf(Array array, object value)
        {
            if (array == null) throw new ArgumentNullException("array");
            for (int i = 0; i < array.Length; i++)
                if (object.Equals(array.GetValue(i), value)) return i;
            return -1;
        }

        public static void Reverse(Array array)
        {
            if (array == null) throw new ArgumentNullException("array");
            Reverse(array, 0, array.Length);
        }

        public static void Reverse(Array array, int index, int length)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || length < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length", "Non-negative number required.");
            if (array.Length - index < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            for (int i = index, j = index + length - 1; i < j; i++, j--)
            {
                object t = array.GetValue(i);
                array.SetValue(array.GetValue(j), i);
                array.SetValue(t, j);
            }
        }

        public static void Sort(Array array)
        {
            if (array == null) throw new ArgumentNullException("array");
            object[] boxed = new object[array.Length];
            for (int i = 0; i < boxed.Length; i++) boxed[i] = array.GetValue(i);
            System.Collections.Generic.ArraySortHelper<object>.Sort(boxed, 0, boxed.Length, new System.Collections.ObjectComparerAdapter(null));
            for (int i = 0; i < boxed.Length; i++) array.SetValue(boxed[i], i);
        }

        public static void Sort<T>(T[] array)
        {
            if (array == null) throw new ArgumentNullException("array");
            Sort<T>(array, 0, array.Length, null);
        }

        public static void Sort<T>(T[] array, System.Collections.Generic.IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            Sort<T>(array, 0, array.Length, comparer);
        }

        public static void Sort<T>(T[] array, int index, int length) { Sort<T>(array, index, length, null); }

        public static void Sort<T>(T[] array, int index, int length, System.Collections.Generic.IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || length < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length", "Non-negative number required.");
            if (array.Length - index < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (comparer == null) comparer = System.Collections.Generic.Comparer<T>.Default;
            System.Collections.Generic.ArraySortHelper<T>.Sort(array, index, length, comparer);
        }

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items) { Sort<TKey, TValue>(keys, items, null); }

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, System.Collections.Generic.IComparer<TKey> comparer)
        {
            if (keys == null) throw new ArgumentNullException("keys");
            if (items != null && items.Length < keys.Length) throw new ArgumentException("Items array is shorter than the keys array.");
            if (comparer == null) comparer = System.Collections.Generic.Comparer<TKey>.Default;
            System.Collections.Generic.ArraySortHelper<TKey>.Sort(keys, items, 0, keys.Length, comparer);
        }

        public static void Sort<T>(T[] array, Comparison<T> comparison)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (comparison == null) throw new ArgumentNullException("comparison");
            System.Collections.Generic.ArraySortHelper<T>.Sort(array, 0, array.Length, new System.Collections.Generic.ComparisonComparer<T>(comparison));
        }

        public static int BinarySearch<T>(T[] array, T value) { return BinarySearch<T>(array, value, null); }

        public static int BinarySearch<T>(T[] array, T value, System.Collections.Generic.IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (comparer == null) comparer = System.Collections.Generic.Comparer<T>.Default;
            return System.Collections.Generic.ArraySortHelper<T>.BinarySearch(array, 0, array.Length, value, comparer);
        }

        public static void Reverse<T>(T[] array)
        {
            if (array == null) throw new ArgumentNullException("array");
            for (int i = 0, j = array.Length - 1; i < j; i++, j--) { T t = array[i]; array[i] = array[j]; array[j] = t; }
        }

        public static int IndexOf<T>(T[] array, T value)
        {
            if (array == null) throw new ArgumentNullException("array");
            return IndexOf<T>(array, value, 0);
        }

        public static int IndexOf<T>(T[] array, T value, int startIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (startIndex < 0 || startIndex > array.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            System.Collections.Generic.EqualityComparer<T> c = System.Collections.Generic.EqualityComparer<T>.Default;
            for (int i = startIndex; i < array.Length; i++)
                if (c.Equals(array[i], value)) return i;
            return -1;
        }

        public static int LastIndexOf<T>(T[] array, T value)
        {
            if (array == null) throw new ArgumentNullException("array");
            System.Collections.Generic.EqualityComparer<T> c = System.Collections.Generic.EqualityComparer<T>.Default;
            for (int i = array.Length - 1; i >= 0; i--)
                if (c.Equals(array[i], value)) return i;
            return -1;
        }

        public static bool Exists<T>(T[] array, Predicate<T> match) { return FindIndex<T>(array, match) >= 0; }

        public static T Find<T>(T[] array, Predicate<T> match)
        {
            int i = FindIndex<T>(array, match);
            return i < 0 ? default(T) : array[i];
        }

        public static int FindIndex<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            for (int i = 0; i < array.Length; i++)
                if (match(array[i])) return i;
            return -1;
        }

        public static T[] FindAll<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            System.Collections.Generic.List<T> r = new System.Collections.Generic.List<T>();
            for (int i = 0; i < array.Length; i++)
                if (match(array[i])) r.Add(array[i]);
            return r.ToArray();
        }

        public static bool TrueForAll<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            for (int i = 0; i < array.Length; i++)
                if (!match(array[i])) return false;
            return true;
        }

        public static void ForEach<T>(T[] array, Action<T> action)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (action == null) throw new ArgumentNullException("action");
            for (int i = 0; i < array.Length; i++) action(array[i]);
        }

        public static TOutput[] ConvertAll<TInput, TOutput>(TInput[] array, Converter<TInput, TOutput> converter)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (converter == null) throw new ArgumentNullException("converter");
            TOutput[] r = new TOutput[array.Length];
            for (int i = 0; i < array.Length; i++) r[i] = converter(array[i]);
            return r;
        }

        public static void Reverse<T>(T[] array, int index, int length)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || length < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length", "Non-negative number required.");
            if (array.Length - index < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            for (int i = index, j = index + length - 1; i < j; i++, j--) { T t = array[i]; array[i] = array[j]; array[j] = t; }
        }

        public static int IndexOf<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (startIndex < 0 || startIndex > array.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || count > array.Length - startIndex) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            System.Collections.Generic.EqualityComparer<T> c = System.Collections.Generic.EqualityComparer<T>.Default;
            for (int i = startIndex; i < startIndex + count; i++)
                if (c.Equals(array[i], value)) return i;
            return -1;
        }

        public static int IndexOf(Array array, object value, int startIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            for (int i = startIndex; i < array.Length; i++)
                if (object.Equals(array.GetValue(i), value)) return i;
            return -1;
        }

        public static int LastIndexOf(Array array, object value)
        {
            if (array == null) throw new ArgumentNullException("array");
            for (int i = array.Length - 1; i >= 0; i--)
                if (object.Equals(array.GetValue(i), value)) return i;
            return -1;
        }

        public static int LastIndexOf<T>(T[] array, T value, int startIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            System.Collections.Generic.EqualityComparer<T> c = System.Collections.Generic.EqualityComparer<T>.Default;
            for (int i = startIndex; i >= 0; i--)
                if (c.Equals(array[i], value)) return i;
            return -1;
        }

        public static int FindIndex<T>(T[] array, int startIndex, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            return FindIndex<T>(array, startIndex, array.Length - startIndex, match);
        }

        public static int FindIndex<T>(T[] array, int startIndex, int count, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            if (startIndex < 0 || startIndex > array.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex > array.Length - count) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex; i < startIndex + count; i++)
                if (match(array[i])) return i;
            return -1;
        }

        public static T FindLast<T>(T[] array, Predicate<T> match)
        {
            int i = FindLastIndex<T>(array, match);
            return i < 0 ? default(T) : array[i];
        }

        public static int FindLastIndex<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            for (int i = array.Length - 1; i >= 0; i--)
                if (match(array[i])) return i;
            return -1;
        }

        public static int BinarySearch<T>(T[] array, int index, int length, T value) { return BinarySearch<T>(array, index, length, value, null); }

        public static int BinarySearch<T>(T[] array, int index, int length, T value, System.Collections.Generic.IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || length < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length", "Non-negative number required.");
            if (array.Length - index < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (comparer == null) comparer = System.Collections.Generic.Comparer<T>.Default;
            return System.Collections.Generic.ArraySortHelper<T>.BinarySearch(array, index, length, value, comparer);
        }

        public static System.Collections.ObjectModel.ReadOnlyCollection<T> AsReadOnly<T>(T[] array)
        {
            if (array == null) throw new ArgumentNullException("array");
            return new System.Collections.ObjectModel.ReadOnlyCollection<T>(array);
        }

        public static void Fill<T>(T[] array, T value)
        {
            if (array == null) throw new ArgumentNullException("array");
            for (int i = 0; i < array.Length; i++) array[i] = value;
        }

        public static void Fill<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (startIndex < 0 || startIndex > array.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex > array.Length - count) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex; i < startIndex + count; i++) array[i] = value;
        }

        public static void Sort(Array array, System.Collections.IComparer comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            object[] boxed = new object[array.Length];
            for (int i = 0; i < boxed.Length; i++) boxed[i] = array.GetValue(i);
            System.Collections.Generic.ArraySortHelper<object>.Sort(boxed, 0, boxed.Length, new System.Collections.ObjectComparerAdapter(comparer));
            for (int i = 0; i < boxed.Length; i++) array.SetValue(boxed[i], i);
        }

        public static void Resize<T>(ref T[] array, int newSize)
        {
            if (newSize < 0) throw new ArgumentOutOfRangeException("newSize", "Non-negative number required.");
            T[] bigger = new T[newSize];
            if (array != null) Copy(array, 0, bigger, 0, array.Length < newSize ? array.Length : newSize);
            array = bigger;
        }

        public static T[] Empty<T>() { return new T[0]; }

        // Any array, of any rank and element type: elements in storage order, boxed.
        private sealed class ArrayEnumerator : IEnumerator
        {
            private Array items;
            private int index = -1;

            internal ArrayEnumerator(Array array) { items = array; }

            public object Current
            {
                get
                {
                    if (index < 0 || index >= items.Length) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return RuntimeImports.ArrayGetValue(items, index);
                }
            }

            public bool MoveNext() { if (index < items.Length) index++; return index < items.Length; }
            public void Reset() { index = -1; }
        }
    }
}

namespace System.Collections
{
    public interface IEnumerable
    {
        IEnumerator GetEnumerator();
    }

    public interface IEnumerator
    {
        object Current { get; }
        bool MoveNext();
        void Reset();
    }
}

namespace System
{
    // The generic interfaces of a vector T[]: the runtime points T[]'s interface table at
    // these methods (their `this` is the array itself, see jit/mtable).
    internal sealed class SZArrayHelper<T> : System.Collections.Generic.IList<T>, System.Collections.Generic.IReadOnlyList<T>
    {
        private SZArrayHelper() { }

        private T[] Items { get { return (T[])(object)this; } }

        public int Count { get { return Items.Length; } }
        public bool IsReadOnly { get { return true; } }

        public T this[int index]
        {
            get
            {
                T[] a = Items;
                if ((uint)index >= (uint)a.Length) throw new ArgumentOutOfRangeException("index");
                return a[index];
            }
            set
            {
                T[] a = Items;
                if ((uint)index >= (uint)a.Length) throw new ArgumentOutOfRangeException("index");
                a[index] = value;
            }
        }

        public int IndexOf(T item) { return Array.IndexOf<T>(Items, item); }
        public bool Contains(T item) { return Array.IndexOf<T>(Items, item) >= 0; }
        public void CopyTo(T[] array, int arrayIndex) { Array.Copy(Items, 0, array, arrayIndex, Items.Length); }

        public void Add(T item) { throw new NotSupportedException("Collection was of a fixed size."); }
        public void Clear() { throw new NotSupportedException("Collection is read-only."); }
        public void Insert(int index, T item) { throw new NotSupportedException("Collection was of a fixed size."); }
        public bool Remove(T item) { throw new NotSupportedException("Collection was of a fixed size."); }
        public void RemoveAt(int index) { throw new NotSupportedException("Collection was of a fixed size."); }

        public System.Collections.Generic.IEnumerator<T> GetEnumerator() { return new Enumerator(Items); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(Items); }

        private sealed class Enumerator : System.Collections.Generic.IEnumerator<T>
        {
            private T[] items;
            private int index = -1;

            internal Enumerator(T[] items) { this.items = items; }

            public T Current
            {
                get
                {
                    if (index < 0 || index >= items.Length) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return items[index];
                }
            }
            object IEnumerator.Current { get { return Current; } }
            public bool MoveNext() { if (index < items.Length) index++; return index < items.Length; }
            public void Reset() { index = -1; }
            public void Dispose() { }
        }
    }
}
