// System.Tuple: Tuple.Create and Tuple<T1> … Tuple<T1, T2, T3, T4> (structural Equals and
// GetHashCode, "(a, b)" text); the five- to eight-element ones are not here yet.
using System.Collections.Generic;

namespace System
{
    public static class Tuple
    {
        public static Tuple<T1> Create<T1>(T1 item1) { return new Tuple<T1>(item1); }
        public static Tuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2) { return new Tuple<T1, T2>(item1, item2); }
        public static Tuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3) { return new Tuple<T1, T2, T3>(item1, item2, item3); }
        public static Tuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4) { return new Tuple<T1, T2, T3, T4>(item1, item2, item3, item4); }
    }

    public class Tuple<T1>
    {
        private readonly T1 m_Item1;

        public Tuple(T1 item1)
        {
            m_Item1 = item1;
        }

        public T1 Item1 { get { return m_Item1; } }

        public override bool Equals(object obj)
        {
            Tuple<T1> other = obj as Tuple<T1>;
            if (other == null) return false;
            return EqualityComparer<T1>.Default.Equals(m_Item1, other.m_Item1);
        }

        public override int GetHashCode()
        {
            int h = EqualityComparer<T1>.Default.GetHashCode(m_Item1);
            return h;
        }

        public override string ToString()
        {
            return "(" + Text(m_Item1) + ")";
        }

        private static string Text(object o) { return o == null ? "" : o.ToString(); }
    }

    public class Tuple<T1, T2>
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;

        public Tuple(T1 item1, T2 item2)
        {
            m_Item1 = item1;
            m_Item2 = item2;
        }

        public T1 Item1 { get { return m_Item1; } }
        public T2 Item2 { get { return m_Item2; } }

        public override bool Equals(object obj)
        {
            Tuple<T1, T2> other = obj as Tuple<T1, T2>;
            if (other == null) return false;
            return EqualityComparer<T1>.Default.Equals(m_Item1, other.m_Item1) && EqualityComparer<T2>.Default.Equals(m_Item2, other.m_Item2);
        }

        public override int GetHashCode()
        {
            int h = EqualityComparer<T1>.Default.GetHashCode(m_Item1);
            h = ((h << 5) + h) ^ EqualityComparer<T2>.Default.GetHashCode(m_Item2);
            return h;
        }

        public override string ToString()
        {
            return "(" + Text(m_Item1) + ", " + Text(m_Item2) + ")";
        }

        private static string Text(object o) { return o == null ? "" : o.ToString(); }
    }

    public class Tuple<T1, T2, T3>
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;

        public Tuple(T1 item1, T2 item2, T3 item3)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
        }

        public T1 Item1 { get { return m_Item1; } }
        public T2 Item2 { get { return m_Item2; } }
        public T3 Item3 { get { return m_Item3; } }

        public override bool Equals(object obj)
        {
            Tuple<T1, T2, T3> other = obj as Tuple<T1, T2, T3>;
            if (other == null) return false;
            return EqualityComparer<T1>.Default.Equals(m_Item1, other.m_Item1) && EqualityComparer<T2>.Default.Equals(m_Item2, other.m_Item2) && EqualityComparer<T3>.Default.Equals(m_Item3, other.m_Item3);
        }

        public override int GetHashCode()
        {
            int h = EqualityComparer<T1>.Default.GetHashCode(m_Item1);
            h = ((h << 5) + h) ^ EqualityComparer<T2>.Default.GetHashCode(m_Item2);
            h = ((h << 5) + h) ^ EqualityComparer<T3>.Default.GetHashCode(m_Item3);
            return h;
        }

        public override string ToString()
        {
            return "(" + Text(m_Item1) + ", " + Text(m_Item2) + ", " + Text(m_Item3) + ")";
        }

        private static string Text(object o) { return o == null ? "" : o.ToString(); }
    }

    public class Tuple<T1, T2, T3, T4>
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;
        private readonly T4 m_Item4;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
        }

        public T1 Item1 { get { return m_Item1; } }
        public T2 Item2 { get { return m_Item2; } }
        public T3 Item3 { get { return m_Item3; } }
        public T4 Item4 { get { return m_Item4; } }

        public override bool Equals(object obj)
        {
            Tuple<T1, T2, T3, T4> other = obj as Tuple<T1, T2, T3, T4>;
            if (other == null) return false;
            return EqualityComparer<T1>.Default.Equals(m_Item1, other.m_Item1) && EqualityComparer<T2>.Default.Equals(m_Item2, other.m_Item2) && EqualityComparer<T3>.Default.Equals(m_Item3, other.m_Item3) && EqualityComparer<T4>.Default.Equals(m_Item4, other.m_Item4);
        }

        public override int GetHashCode()
        {
            int h = EqualityComparer<T1>.Default.GetHashCode(m_Item1);
            h = ((h << 5) + h) ^ EqualityComparer<T2>.Default.GetHashCode(m_Item2);
            h = ((h << 5) + h) ^ EqualityComparer<T3>.Default.GetHashCode(m_Item3);
            h = ((h << 5) + h) ^ EqualityComparer<T4>.Default.GetHashCode(m_Item4);
            return h;
        }

        public override string ToString()
        {
            return "(" + Text(m_Item1) + ", " + Text(m_Item2) + ", " + Text(m_Item3) + ", " + Text(m_Item4) + ")";
        }

        private static string Text(object o) { return o == null ? "" : o.ToString(); }
    }
}
