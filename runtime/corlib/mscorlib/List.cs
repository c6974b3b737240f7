// System.Collections.Generic.List<T>: a growable array.
using System.Collections;
using System.Collections.ObjectModel;

namespace System.Collections.Generic
{
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
        bool ICollection<T>.IsReadOnly { get { return false; } }

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
            Reverse(0, size);
        }

        public void Sort() { Sort(Comparer<T>.Default); }

        public void Sort(Comparison<T> comparison)
        {
            if (comparison == null) throw new ArgumentNullException("comparison");
            ArraySortHelper<T>.Sort(items, 0, size, new ComparisonComparer<T>(comparison));
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

        public void Sort(IComparer<T> comparer) { Sort(0, size, comparer); }

        public void Sort(int index, int count, IComparer<T> comparer)
        {
            CheckRange(index, count);
            ArraySortHelper<T>.Sort(items, index, count, comparer == null ? Comparer<T>.Default : comparer);
            version++;
        }

        private void CheckRange(int index, int count)
        {
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (size - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        }

        public List<T> GetRange(int index, int count)
        {
            CheckRange(index, count);
            List<T> r = new List<T>(count);
            Array.Copy(items, index, r.items, 0, count);
            r.size = count;
            return r;
        }

        public bool TrueForAll(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            for (int i = 0; i < size; i++)
                if (!match(items[i])) return false;
            return true;
        }

        public ReadOnlyCollection<T> AsReadOnly() { return new ReadOnlyCollection<T>(this); }

        public int IndexOf(T item, int index)
        {
            if ((uint)index > (uint)size) throw new ArgumentOutOfRangeException("index");
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = index; i < size; i++)
                if (c.Equals(items[i], item)) return i;
            return -1;
        }

        public int LastIndexOf(T item)
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = size - 1; i >= 0; i--)
                if (c.Equals(items[i], item)) return i;
            return -1;
        }

        public int IndexOf(T item, int index, int count)
        {
            if ((uint)index > (uint)size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || index > size - count) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = index; i < index + count; i++)
                if (c.Equals(items[i], item)) return i;
            return -1;
        }

        public int LastIndexOf(T item, int index)
        {
            if (index >= size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return LastIndexOf(item, index, index + 1);
        }

        public int LastIndexOf(T item, int index, int count)
        {
            if (size == 0) return -1;
            if (index < 0 || index >= size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || count > index + 1) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = index; i > index - count; i--)
                if (c.Equals(items[i], item)) return i;
            return -1;
        }

        public int FindIndex(int startIndex, int count, Predicate<T> match)
        {
            if ((uint)startIndex > (uint)size) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex > size - count) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            if (match == null) throw new ArgumentNullException("match");
            for (int i = startIndex; i < startIndex + count; i++)
                if (match(items[i])) return i;
            return -1;
        }

        public int FindLastIndex(int startIndex, Predicate<T> match) { return FindLastIndex(startIndex, startIndex + 1, match); }

        public int FindLastIndex(int startIndex, int count, Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            if (size == 0) return -1;
            if ((uint)startIndex >= (uint)size) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex - count + 1 < 0) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex; i > startIndex - count; i--)
                if (match(items[i])) return i;
            return -1;
        }

        public void CopyTo(int index, T[] array, int arrayIndex, int count)
        {
            CheckRange(index, count);
            Array.Copy(items, index, array, arrayIndex, count);
        }

        public T FindLast(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            for (int i = size - 1; i >= 0; i--)
                if (match(items[i])) return items[i];
            return default(T);
        }

        public int FindLastIndex(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            for (int i = size - 1; i >= 0; i--)
                if (match(items[i])) return i;
            return -1;
        }

        public int FindIndex(int startIndex, Predicate<T> match)
        {
            if ((uint)startIndex > (uint)size) throw new ArgumentOutOfRangeException("startIndex");
            if (match == null) throw new ArgumentNullException("match");
            for (int i = startIndex; i < size; i++)
                if (match(items[i])) return i;
            return -1;
        }

        public List<TOutput> ConvertAll<TOutput>(Converter<T, TOutput> converter)
        {
            if (converter == null) throw new ArgumentNullException("converter");
            List<TOutput> r = new List<TOutput>(size);
            for (int i = 0; i < size; i++) r.Add(converter(items[i]));
            return r;
        }

        public void InsertRange(int index, IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            if ((uint)index > (uint)size) throw new ArgumentOutOfRangeException("index");
            List<T> add = new List<T>(collection);
            int n = add.size;
            if (size + n > items.Length) Grow(size + n);
            Array.Copy(items, index, items, index + n, size - index);
            Array.Copy(add.items, 0, items, index, n);
            size += n;
            version++;
        }

        public void RemoveRange(int index, int count)
        {
            CheckRange(index, count);
            if (count == 0) return;
            Array.Copy(items, index + count, items, index, size - index - count);
            Array.Clear(items, size - count, count);
            size -= count;
            version++;
        }

        public void Reverse(int index, int count)
        {
            CheckRange(index, count);
            for (int i = index, j = index + count - 1; i < j; i++, j--) { T t = items[i]; items[i] = items[j]; items[j] = t; }
            version++;
        }

        public int BinarySearch(T item) { return BinarySearch(0, size, item, null); }
        public int BinarySearch(T item, IComparer<T> comparer) { return BinarySearch(0, size, item, comparer); }

        public int BinarySearch(int index, int count, T item, IComparer<T> comparer)
        {
            CheckRange(index, count);
            return ArraySortHelper<T>.BinarySearch(items, index, count, item, comparer == null ? Comparer<T>.Default : comparer);
        }

        public void TrimExcess()
        {
            if (size < items.Length * 9 / 10) Capacity = size;
        }

        public void CopyTo(T[] array) { CopyTo(array, 0); }

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

            void IEnumerator.Reset() { index = 0; current = default(T); }
            public void Dispose() { }
        }
    }
}
