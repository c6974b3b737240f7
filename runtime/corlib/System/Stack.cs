// System.Collections.Generic.Stack<T>, which .NET keeps in System.dll.

using System;
using System.Collections;

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
