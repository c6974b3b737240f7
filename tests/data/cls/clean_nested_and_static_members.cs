// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public class Tree {
        public class Node {
            public Node Left, Right;
            public int Value;
            public Node(int value) { Value = value; }
        }
        public Node Root;
        public static int Count(Node n) { return n == null ? 0 : 1 + Count(n.Left) + Count(n.Right); }
        protected internal static Tree Empty() { return new Tree(); }
        internal uint hiddenCounter;
    }
    public interface IVisitor<in T> { void Visit(T item); }
}
