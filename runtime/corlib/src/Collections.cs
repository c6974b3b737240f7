// Stack<T>, ReadOnlyCollection<T> (what List<T>.AsReadOnly returns) and DateTimeKind:
// small types programs name that the rest of corlib does not need.
using System.Collections;
using System.Collections.Generic;

namespace System
{
    public enum DateTimeKind { Unspecified, Utc, Local }
}

namespace System.Collections.Generic
{
    public class Stack<T> : IEnumerable<T>
    {
        private T[] items = new T[4];
        private int size;

        public int Count { get { return size; } }

        public void Push(T item)
        {
            if (size == items.Length)
            {
                T[] bigger = new T[items.Length * 2];
                Array.Copy(items, 0, bigger, 0, size);
                items = bigger;
            }
            items[size] = item;
            size++;
        }

        public T Pop()
        {
            if (size == 0) throw new InvalidOperationException("Stack empty.");
            size--;
            T item = items[size];
            items[size] = default(T);
            return item;
        }

        public T Peek()
        {
            if (size == 0) throw new InvalidOperationException("Stack empty.");
            return items[size - 1];
        }

        public bool Contains(T item)
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = 0; i < size; i++)
                if (c.Equals(items[i], item)) return true;
            return false;
        }

        public void Clear() { size = 0; items = new T[4]; }

        // Top first, as .NET enumerates a stack.
        public IEnumerator<T> GetEnumerator()
        {
            List<T> top = new List<T>(size);
            for (int i = size - 1; i >= 0; i--) top.Add(items[i]);
            return top.GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
    }
}

namespace System.Collections.ObjectModel
{
    public class ReadOnlyCollection<T> : IList<T>, IReadOnlyList<T>
    {
        private IList<T> list;

        public ReadOnlyCollection(IList<T> list)
        {
            if (list == null) throw new ArgumentNullException("list");
            this.list = list;
        }

        public int Count { get { return list.Count; } }
        public bool IsReadOnly { get { return true; } }
        public T this[int index]
        {
            get { return list[index]; }
            set { throw new NotSupportedException("Collection is read-only."); }
        }

        public bool Contains(T item) { return list.Contains(item); }
        public int IndexOf(T item) { return list.IndexOf(item); }
        public void CopyTo(T[] array, int arrayIndex) { list.CopyTo(array, arrayIndex); }
        public IEnumerator<T> GetEnumerator() { return list.GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return list.GetEnumerator(); }

        public void Add(T item) { throw new NotSupportedException("Collection is read-only."); }
        public void Clear() { throw new NotSupportedException("Collection is read-only."); }
        public void Insert(int index, T item) { throw new NotSupportedException("Collection is read-only."); }
        public bool Remove(T item) { throw new NotSupportedException("Collection is read-only."); }
        public void RemoveAt(int index) { throw new NotSupportedException("Collection is read-only."); }
    }
}
