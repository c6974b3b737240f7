// System.Collections.Generic.LinkedList<T>: a doubly linked list of LinkedListNode<T>
// (circular inside, as in .NET: `head.prev` is the last node; Next/Previous hide it).
using System.Collections;

namespace System.Collections.Generic
{
    public sealed class LinkedListNode<T>
    {
        internal LinkedList<T> list;
        internal LinkedListNode<T> next;
        internal LinkedListNode<T> prev;
        internal T item;

        public LinkedListNode(T value) { item = value; }

        internal LinkedListNode(LinkedList<T> list, T value) { this.list = list; item = value; }

        public LinkedList<T> List { get { return list; } }
        public LinkedListNode<T> Next { get { return next == null || next == list.head ? null : next; } }
        public LinkedListNode<T> Previous { get { return prev == null || this == list.head ? null : prev; } }
        public T Value { get { return item; } set { item = value; } }

        internal void Invalidate()
        {
            list = null;
            next = null;
            prev = null;
        }
    }

    public class LinkedList<T> : ICollection<T>, IReadOnlyCollection<T>
    {
        internal LinkedListNode<T> head;
        private int count;
        private int version;

        public LinkedList() { }

        public LinkedList(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (T item in collection) AddLast(item);
        }

        public int Count { get { return count; } }
        public LinkedListNode<T> First { get { return head; } }
        public LinkedListNode<T> Last { get { return head == null ? null : head.prev; } }
        bool ICollection<T>.IsReadOnly { get { return false; } }

        void ICollection<T>.Add(T value) { AddLast(value); }

        public LinkedListNode<T> AddAfter(LinkedListNode<T> node, T value)
        {
            ValidateNode(node);
            LinkedListNode<T> n = new LinkedListNode<T>(node.list, value);
            InsertBefore(node.next, n);
            return n;
        }

        public void AddAfter(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            ValidateNode(node);
            ValidateNewNode(newNode);
            InsertBefore(node.next, newNode);
            newNode.list = this;
        }

        public LinkedListNode<T> AddBefore(LinkedListNode<T> node, T value)
        {
            ValidateNode(node);
            LinkedListNode<T> n = new LinkedListNode<T>(node.list, value);
            InsertBefore(node, n);
            if (node == head) head = n;
            return n;
        }

        public void AddBefore(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            ValidateNode(node);
            ValidateNewNode(newNode);
            InsertBefore(node, newNode);
            newNode.list = this;
            if (node == head) head = newNode;
        }

        public LinkedListNode<T> AddFirst(T value)
        {
            LinkedListNode<T> n = new LinkedListNode<T>(this, value);
            AddFirstNode(n);
            return n;
        }

        public void AddFirst(LinkedListNode<T> node)
        {
            ValidateNewNode(node);
            AddFirstNode(node);
            node.list = this;
        }

        private void AddFirstNode(LinkedListNode<T> n)
        {
            if (head == null) InsertIntoEmpty(n);
            else
            {
                InsertBefore(head, n);
                head = n;
            }
        }

        public LinkedListNode<T> AddLast(T value)
        {
            LinkedListNode<T> n = new LinkedListNode<T>(this, value);
            if (head == null) InsertIntoEmpty(n);
            else InsertBefore(head, n);
            return n;
        }

        public void AddLast(LinkedListNode<T> node)
        {
            ValidateNewNode(node);
            if (head == null) InsertIntoEmpty(node);
            else InsertBefore(head, node);
            node.list = this;
        }

        public void Clear()
        {
            LinkedListNode<T> cur = head;
            while (cur != null)
            {
                LinkedListNode<T> t = cur;
                cur = cur.Next;
                t.Invalidate();
            }
            head = null;
            count = 0;
            version++;
        }

        public bool Contains(T value) { return Find(value) != null; }

        public void CopyTo(T[] array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || index > array.Length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (array.Length - index < count) throw new ArgumentException("Insufficient space in the target location to copy the information.");
            for (LinkedListNode<T> n = head; n != null; n = n.Next) array[index++] = n.item;
        }

        public LinkedListNode<T> Find(T value)
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (LinkedListNode<T> n = head; n != null; n = n.Next)
                if (c.Equals(n.item, value)) return n;
            return null;
        }

        public LinkedListNode<T> FindLast(T value)
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (LinkedListNode<T> n = Last; n != null; n = n.Previous)
                if (c.Equals(n.item, value)) return n;
            return null;
        }

        public bool Remove(T value)
        {
            LinkedListNode<T> n = Find(value);
            if (n == null) return false;
            RemoveNode(n);
            return true;
        }

        public void Remove(LinkedListNode<T> node)
        {
            ValidateNode(node);
            RemoveNode(node);
        }

        public void RemoveFirst()
        {
            if (head == null) throw new InvalidOperationException("The LinkedList is empty.");
            RemoveNode(head);
        }

        public void RemoveLast()
        {
            if (head == null) throw new InvalidOperationException("The LinkedList is empty.");
            RemoveNode(head.prev);
        }

        private void InsertBefore(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            newNode.next = node;
            newNode.prev = node.prev;
            node.prev.next = newNode;
            node.prev = newNode;
            version++;
            count++;
        }

        private void InsertIntoEmpty(LinkedListNode<T> newNode)
        {
            newNode.next = newNode;
            newNode.prev = newNode;
            head = newNode;
            version++;
            count++;
        }

        private void RemoveNode(LinkedListNode<T> node)
        {
            if (node.next == node) head = null;
            else
            {
                node.next.prev = node.prev;
                node.prev.next = node.next;
                if (head == node) head = node.next;
            }
            node.Invalidate();
            count--;
            version++;
        }

        private void ValidateNewNode(LinkedListNode<T> node)
        {
            if (node == null) throw new ArgumentNullException("node");
            if (node.list != null) throw new InvalidOperationException("The LinkedList node already belongs to a LinkedList.");
        }

        private void ValidateNode(LinkedListNode<T> node)
        {
            if (node == null) throw new ArgumentNullException("node");
            if (node.list != this) throw new InvalidOperationException("The LinkedList node does not belong to current LinkedList.");
        }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        public struct Enumerator : IEnumerator<T>
        {
            private LinkedList<T> list;
            private LinkedListNode<T> node;
            private int version;
            private T current;
            private int index;

            internal Enumerator(LinkedList<T> list)
            {
                this.list = list;
                version = list.version;
                node = list.head;
                current = default(T);
                index = 0;
            }

            public T Current { get { return current; } }

            object IEnumerator.Current
            {
                get
                {
                    if (index == 0 || index == list.Count + 1) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return current;
                }
            }

            public bool MoveNext()
            {
                if (version != list.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (node == null)
                {
                    index = list.Count + 1;
                    return false;
                }
                index++;
                current = node.item;
                node = node.next;
                if (node == list.head) node = null;
                return true;
            }

            void IEnumerator.Reset()
            {
                if (version != list.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                current = default(T);
                node = list.head;
                index = 0;
            }

            public void Dispose() { }
        }
    }
}
