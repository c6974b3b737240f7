// ReadOnlyCollection<T> (what List<T>.AsReadOnly returns) and DateTimeKind: small types
// programs name that the rest of corlib does not need.
using System.Collections;
using System.Collections.Generic;

namespace System
{
    public enum DateTimeKind { Unspecified, Utc, Local }
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
