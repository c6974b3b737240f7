// System.Array: the base of every array type; element access is done by the JIT, the
// rest through internal calls that know the array layout.
using System.Collections;

namespace System
{
    public abstract class Array : ICloneable, IEnumerable
    {
        protected Array() { }

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

        public static void Reverse(Array array)
        {
            object[] objs = array as object[];
            if (objs != null)
            {
                for (int i = 0, j = objs.Length - 1; i < j; i++, j--) { object t = objs[i]; objs[i] = objs[j]; objs[j] = t; }
                return;
            }
            int[] ints = array as int[];
            if (ints != null)
            {
                for (int i = 0, j = ints.Length - 1; i < j; i++, j--) { int t = ints[i]; ints[i] = ints[j]; ints[j] = t; }
                return;
            }
            throw new NotSupportedException();
        }

        public static void Sort<T>(T[] array)
        {
            if (array == null) throw new ArgumentNullException("array");
            Sort<T>(array, System.Collections.Generic.Comparer<T>.Default);
        }

        public static void Sort<T>(T[] array, System.Collections.Generic.IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (comparer == null) comparer = System.Collections.Generic.Comparer<T>.Default;
            for (int i = 1; i < array.Length; i++)
            {
                T v = array[i];
                int j = i - 1;
                while (j >= 0 && comparer.Compare(array[j], v) > 0) { array[j + 1] = array[j]; j--; }
                array[j + 1] = v;
            }
        }

        public static void Reverse<T>(T[] array)
        {
            if (array == null) throw new ArgumentNullException("array");
            for (int i = 0, j = array.Length - 1; i < j; i++, j--) { T t = array[i]; array[i] = array[j]; array[j] = t; }
        }

        public static int IndexOf<T>(T[] array, T value)
        {
            if (array == null) throw new ArgumentNullException("array");
            System.Collections.Generic.EqualityComparer<T> c = System.Collections.Generic.EqualityComparer<T>.Default;
            for (int i = 0; i < array.Length; i++)
                if (c.Equals(array[i], value)) return i;
            return -1;
        }

        public static void Resize<T>(ref T[] array, int newSize)
        {
            if (newSize < 0) throw new ArgumentOutOfRangeException("newSize");
            T[] bigger = new T[newSize];
            if (array != null) Copy(array, 0, bigger, 0, array.Length < newSize ? array.Length : newSize);
            array = bigger;
        }

        public static T[] Empty<T>() { return new T[0]; }

        // Any array, of any rank and element type: elements in storage order, boxed.
        private sealed class ArrayEnumerator : IEnumerator
        {
            private Array items;
            private int length;
            private int index = -1;

            internal ArrayEnumerator(Array array) { items = array; length = array.Length; }

            public object Current { get { return RuntimeImports.ArrayGetValue(items, index); } }
            public bool MoveNext() { index++; return index < length; }
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
