// Queue<T> and Stack<T>. .NET Framework puts them in System.dll; Mono's 4.5 profile
// defines them in mscorlib (its System.dll forwards them there), and mcs-built programs
// reference [mscorlib], so here they live in mscorlib as on Mono.
using System.Collections;

namespace System.Collections.Generic
{
    public class Queue<T> : IEnumerable<T>, IReadOnlyCollection<T>
    {
        private T[] array;
        private int head;
        private int tail;
        private int size;
        private int version;

        public Queue() { array = new T[0]; }

        public Queue(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            array = new T[capacity];
        }

        public Queue(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            array = new T[4];
            foreach (T item in collection) Enqueue(item);
        }

        public int Count { get { return size; } }

        public void Clear()
        {
            if (head < tail) Array.Clear(array, head, size);
            else if (size > 0)
            {
                Array.Clear(array, head, array.Length - head);
                Array.Clear(array, 0, tail);
            }
            head = 0;
            tail = 0;
            size = 0;
            version++;
        }

        public void Enqueue(T item)
        {
            if (size == array.Length)
            {
                int cap = array.Length * 2;
                if (cap < array.Length + 4) cap = array.Length + 4;
                SetCapacity(cap);
            }
            array[tail] = item;
            tail = (tail + 1) % array.Length;
            size++;
            version++;
        }

        public T Dequeue()
        {
            if (size == 0) throw new InvalidOperationException("Queue empty.");
            T r = array[head];
            array[head] = default(T);
            head = (head + 1) % array.Length;
            size--;
            version++;
            return r;
        }

        public T Peek()
        {
            if (size == 0) throw new InvalidOperationException("Queue empty.");
            return array[head];
        }

        public bool Contains(T item)
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = 0; i < size; i++)
                if (c.Equals(array[(head + i) % array.Length], item)) return true;
            return false;
        }

        internal T At(int i) { return array[(head + i) % array.Length]; }

        public T[] ToArray()
        {
            T[] r = new T[size];
            for (int i = 0; i < size; i++) r[i] = At(i);
            return r;
        }

        public void CopyTo(T[] array, int arrayIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (arrayIndex < 0 || arrayIndex > array.Length) throw new ArgumentOutOfRangeException("arrayIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (array.Length - arrayIndex < size) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            for (int i = 0; i < size; i++) array[arrayIndex + i] = At(i);
        }

        public void TrimExcess()
        {
            if (size < (int)(array.Length * 0.9)) SetCapacity(size);
        }

        private void SetCapacity(int capacity)
        {
            T[] bigger = new T[capacity];
            for (int i = 0; i < size; i++) bigger[i] = At(i);
            array = bigger;
            head = 0;
            tail = size == capacity ? 0 : size;
            version++;
        }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        public struct Enumerator : IEnumerator<T>
        {
            private Queue<T> q;
            private int index;
            private int version;
            private T current;

            internal Enumerator(Queue<T> q)
            {
                this.q = q;
                version = q.version;
                index = -1;
                current = default(T);
            }

            public T Current
            {
                get
                {
                    if (index < 0) throw new InvalidOperationException(index == -1 ? "Enumeration has not started. Call MoveNext." : "Enumeration already finished.");
                    return current;
                }
            }

            object IEnumerator.Current { get { return Current; } }

            public bool MoveNext()
            {
                if (version != q.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (index == -2) return false;
                index++;
                if (index == q.size)
                {
                    index = -2;
                    current = default(T);
                    return false;
                }
                current = q.At(index);
                return true;
            }

            void IEnumerator.Reset()
            {
                if (version != q.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                index = -1;
                current = default(T);
            }

            public void Dispose()
            {
                index = -2;
                current = default(T);
            }
        }
    }

    public class Stack<T> : IEnumerable<T>, IReadOnlyCollection<T>
    {
        private T[] array;
        private int size;
        private int version;

        public Stack() { array = new T[0]; }

        public Stack(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            array = new T[capacity];
        }

        public Stack(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            array = new T[4];
            foreach (T item in collection) Push(item);
        }

        public int Count { get { return size; } }

        public void Clear()
        {
            Array.Clear(array, 0, size);
            size = 0;
            version++;
        }

        public bool Contains(T item)
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = size - 1; i >= 0; i--)
                if (c.Equals(array[i], item)) return true;
            return false;
        }

        public T Peek()
        {
            if (size == 0) throw new InvalidOperationException("Stack empty.");
            return array[size - 1];
        }

        public T Pop()
        {
            if (size == 0) throw new InvalidOperationException("Stack empty.");
            version++;
            T r = array[--size];
            array[size] = default(T);
            return r;
        }

        public void Push(T item)
        {
            if (size == array.Length)
            {
                T[] bigger = new T[array.Length == 0 ? 4 : 2 * array.Length];
                Array.Copy(array, 0, bigger, 0, size);
                array = bigger;
            }
            array[size++] = item;
            version++;
        }

        internal T At(int i) { return array[i]; }

        public T[] ToArray()
        {
            T[] r = new T[size];
            for (int i = 0; i < size; i++) r[i] = array[size - i - 1];
            return r;
        }

        public void CopyTo(T[] array, int arrayIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (arrayIndex < 0 || arrayIndex > array.Length) throw new ArgumentOutOfRangeException("arrayIndex", "Non-negative number required.");
            if (array.Length - arrayIndex < size) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            for (int i = 0; i < size; i++) array[arrayIndex + i] = this.array[size - i - 1];
        }

        public void TrimExcess()
        {
            if (size < (int)(array.Length * 0.9))
            {
                T[] smaller = new T[size];
                Array.Copy(array, 0, smaller, 0, size);
                array = smaller;
                version++;
            }
        }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        public struct Enumerator : IEnumerator<T>
        {
            private Stack<T> stack;
            private int index;
            private int version;
            private T current;

            internal Enumerator(Stack<T> stack)
            {
                this.stack = stack;
                version = stack.version;
                index = -2;
                current = default(T);
            }

            public T Current
            {
                get
                {
                    if (index < 0) throw new InvalidOperationException(index == -2 ? "Enumeration has not started. Call MoveNext." : "Enumeration already finished.");
                    return current;
                }
            }

            object IEnumerator.Current { get { return Current; } }

            public bool MoveNext()
            {
                if (version != stack.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (index == -2)
                {
                    index = stack.size - 1;
                }
                else if (index >= 0)
                {
                    index--;
                }
                else
                {
                    return false;
                }
                if (index >= 0)
                {
                    current = stack.At(index);
                    return true;
                }
                current = default(T);
                return false;
            }

            void IEnumerator.Reset()
            {
                if (version != stack.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                index = -2;
                current = default(T);
            }

            public void Dispose()
            {
                index = -1;
                current = default(T);
            }
        }
    }
}
