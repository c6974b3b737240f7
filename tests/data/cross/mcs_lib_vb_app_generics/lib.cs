using System;
using System.Collections.Generic;

namespace Algo
{
    public interface IVisitor<T> { void Visit(T item); }

    public class Graph<TNode> where TNode : IComparable<TNode>
    {
        private readonly Dictionary<TNode, List<TNode>> edges = new Dictionary<TNode, List<TNode>>();

        public void Connect(TNode a, TNode b)
        {
            Neighbours(a).Add(b);
            Neighbours(b).Add(a);
        }

        private List<TNode> Neighbours(TNode n)
        {
            List<TNode> list;
            if (!edges.TryGetValue(n, out list)) { list = new List<TNode>(); edges[n] = list; }
            return list;
        }

        public void BreadthFirst(TNode start, IVisitor<TNode> visitor)
        {
            var seen = new HashSet<TNode> { start };
            var queue = new Queue<TNode>();
            queue.Enqueue(start);
            while (queue.Count > 0)
            {
                var n = queue.Dequeue();
                visitor.Visit(n);
                var next = new List<TNode>(Neighbours(n));
                next.Sort();
                foreach (var m in next) if (seen.Add(m)) queue.Enqueue(m);
            }
        }

        public static T Max<T>(IEnumerable<T> xs) where T : IComparable<T>
        {
            T best = default(T);
            bool any = false;
            foreach (var x in xs) if (!any || x.CompareTo(best) > 0) { best = x; any = true; }
            return best;
        }
    }

    public class Counter<T> : IVisitor<T>
    {
        public int Count;
        public virtual void Visit(T item) { Count++; }
    }
}
