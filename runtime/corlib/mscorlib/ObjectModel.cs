// System.Collections.ObjectModel: ReadOnlyCollection<T>, a read-only view over a list
// (List<T>.AsReadOnly), and Collection<T>, the overridable list base class.
using System.Collections;
using System.Collections.Generic;

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
        public T this[int index] { get { return list[index]; } }
        protected IList<T> Items { get { return list; } }

        T IList<T>.this[int index]
        {
            get { return list[index]; }
            set { throw new NotSupportedException("Collection is read-only."); }
        }

        bool ICollection<T>.IsReadOnly { get { return true; } }

        public bool Contains(T value) { return list.Contains(value); }
        public void CopyTo(T[] array, int index) { list.CopyTo(array, index); }
        public int IndexOf(T value) { return list.IndexOf(value); }
        public IEnumerator<T> GetEnumerator() { return list.GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return list.GetEnumerator(); }

        void ICollection<T>.Add(T value) { throw new NotSupportedException("Collection is read-only."); }
        void ICollection<T>.Clear() { throw new NotSupportedException("Collection is read-only."); }
        bool ICollection<T>.Remove(T value) { throw new NotSupportedException("Collection is read-only."); }
        void IList<T>.Insert(int index, T value) { throw new NotSupportedException("Collection is read-only."); }
        void IList<T>.RemoveAt(int index) { throw new NotSupportedException("Collection is read-only."); }
    }

    public class Collection<T> : IList<T>, IReadOnlyList<T>
    {
        private IList<T> items;

        public Collection() { items = new List<T>(); }

        public Collection(IList<T> list)
        {
            if (list == null) throw new ArgumentNullException("list");
            items = list;
        }

        public int Count { get { return items.Count; } }
        protected IList<T> Items { get { return items; } }

        public T this[int index]
        {
            get { return items[index]; }
            set
            {
                if (index < 0 || index >= items.Count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                SetItem(index, value);
            }
        }

        bool ICollection<T>.IsReadOnly { get { return items.IsReadOnly; } }

        public void Add(T item) { InsertItem(items.Count, item); }
        public void Clear() { ClearItems(); }
        public bool Contains(T item) { return items.Contains(item); }
        public void CopyTo(T[] array, int index) { items.CopyTo(array, index); }
        public int IndexOf(T item) { return items.IndexOf(item); }
        public IEnumerator<T> GetEnumerator() { return items.GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return items.GetEnumerator(); }

        public void Insert(int index, T item)
        {
            if (index < 0 || index > items.Count) throw new ArgumentOutOfRangeException("index", "Index must be within the bounds of the List.");
            InsertItem(index, item);
        }

        public bool Remove(T item)
        {
            int index = items.IndexOf(item);
            if (index < 0) return false;
            RemoveItem(index);
            return true;
        }

        public void RemoveAt(int index)
        {
            if (index < 0 || index >= items.Count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            RemoveItem(index);
        }

        protected virtual void ClearItems() { items.Clear(); }
        protected virtual void InsertItem(int index, T item) { items.Insert(index, item); }
        protected virtual void RemoveItem(int index) { items.RemoveAt(index); }
        protected virtual void SetItem(int index, T item) { items[index] = item; }
    }
}
