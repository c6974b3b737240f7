// The root of the type hierarchy and the special base classes the compilers rely on.
using System.Runtime.CompilerServices;

namespace System
{
    public class Object
    {
        public Object() { }

        public virtual bool Equals(object obj) { return RuntimeImports.SameObject(this, obj); }

        public static bool Equals(object objA, object objB)
        {
            if (RuntimeImports.SameObject(objA, objB)) return true;
            if (objA == null || objB == null) return false;
            return objA.Equals(objB);
        }

        public static bool ReferenceEquals(object objA, object objB) { return RuntimeImports.SameObject(objA, objB); }

        public virtual int GetHashCode() { return RuntimeImports.ObjectHashCode(this); }

        public virtual string ToString() { return GetType().FullName; }

        public Type GetType()
        {
            RuntimeType t = new RuntimeType(RuntimeImports.TypeName(this), RuntimeImports.TypeNamespace(this), RuntimeImports.TypeFullName(this));
            t.handle = RuntimeImports.TypeHandleOf(this);
            return t;
        }

        protected object MemberwiseClone() { return RuntimeImports.Clone(this); }

        ~Object() { }
    }

    public abstract class ValueType
    {
        protected ValueType() { }

        public override bool Equals(object obj)
        {
            if (obj == null) return false;
            return RuntimeImports.ValueEquals(this, obj);
        }

        public override int GetHashCode() { return RuntimeImports.ValueHashCode(this); }

        public override string ToString() { return GetType().FullName; }
    }

    public struct Void { }

    public abstract class Type : System.Reflection.MemberInfo
    {
        internal string name;
        internal string nspace;
        internal string fullName;

        protected Type() { }

        public override string Name { get { return name; } }
        public string Namespace { get { return nspace; } }

        public string FullName { get { return fullName; } }

        public override string ToString() { return FullName; }

        // A Type object is made per `typeof` and `GetType()`, so types are equal when
        // they stand for the same runtime type (their handles), not by reference.
        public static bool operator ==(Type left, Type right)
        {
            if ((object)left == (object)right) return true;
            if ((object)left == null || (object)right == null) return false;
            return left.Equals(right);
        }

        public static bool operator !=(Type left, Type right) { return !(left == right); }

        public virtual bool Equals(Type o) { return Equals((object)o); }

        public override bool Equals(object o)
        {
            RuntimeType self = this as RuntimeType;
            RuntimeType other = o as RuntimeType;
            if (self == null || other == null) return (object)this == o;
            return self.handle == other.handle;
        }

        public override int GetHashCode()
        {
            RuntimeType self = this as RuntimeType;
            if (self == null) return base.GetHashCode();
            return self.handle.GetHashCode();
        }

        public static Type GetTypeFromHandle(RuntimeTypeHandle handle)
        {
            RuntimeType t = new RuntimeType(RuntimeImports.HandleTypeName(handle.value), RuntimeImports.HandleTypeNamespace(handle.value), RuntimeImports.HandleTypeFullName(handle.value));
            t.handle = handle.value;
            return t;
        }
    }

    internal sealed class RuntimeType : Type
    {
        internal IntPtr handle;

        internal RuntimeType(string n, string ns, string full) { name = n; nspace = ns; fullName = full; }
    }

    public static class Activator
    {
        // `new T()`: a reference type's parameterless constructor, or a zeroed value type.
        public static T CreateInstance<T>()
        {
            object o = RuntimeImports.CreateInstance(((RuntimeType)typeof(T)).handle);
            if (o == null) return default(T);
            return (T)o;
        }
    }

    public struct RuntimeTypeHandle
    {
        internal IntPtr value;
    }

    public struct RuntimeFieldHandle
    {
        internal IntPtr value;
    }

    public struct RuntimeMethodHandle
    {
        internal IntPtr value;
    }

    public abstract class Delegate : ICloneable
    {
        internal object m_target;
        // The entry cell of the target method (stable across its compilation).
        internal IntPtr method_ptr;
        // Set on combined delegates only: the delegates to call, in order.
        internal Delegate[] invocation_list;

        public object Target { get { return m_target; } }

        public object Clone() { return MemberwiseClone(); }

        public virtual Delegate[] GetInvocationList()
        {
            if (invocation_list == null) return new Delegate[] { this };
            Delegate[] copy = new Delegate[invocation_list.Length];
            Array.Copy(invocation_list, copy, copy.Length);
            return copy;
        }

        public static Delegate Combine(Delegate a, Delegate b)
        {
            if ((object)a == null) return b;
            if ((object)b == null) return a;
            Delegate[] la = a.GetInvocationList();
            Delegate[] lb = b.GetInvocationList();
            Delegate[] all = new Delegate[la.Length + lb.Length];
            Array.Copy(la, 0, all, 0, la.Length);
            Array.Copy(lb, 0, all, la.Length, lb.Length);
            return WithList(a, all);
        }

        public static Delegate Combine(params Delegate[] delegates)
        {
            if (delegates == null) return null;
            Delegate r = null;
            for (int i = 0; i < delegates.Length; i++) r = Combine(r, delegates[i]);
            return r;
        }

        private static Delegate WithList(Delegate template, Delegate[] list)
        {
            if (list.Length == 0) return null;
            if (list.Length == 1) return list[0];
            Delegate r = (Delegate)RuntimeImports.Clone(template);
            r.m_target = list[list.Length - 1].m_target;
            r.method_ptr = list[list.Length - 1].method_ptr;
            r.invocation_list = list;
            return r;
        }

        public static Delegate Remove(Delegate source, Delegate value)
        {
            if ((object)source == null) return null;
            if ((object)value == null) return source;
            Delegate[] ls = source.GetInvocationList();
            Delegate[] lv = value.GetInvocationList();
            for (int i = ls.Length - lv.Length; i >= 0; i--)
            {
                bool match = true;
                for (int j = 0; j < lv.Length && match; j++)
                    if (!ls[i + j].SameTarget(lv[j])) match = false;
                if (!match) continue;
                Delegate[] rest = new Delegate[ls.Length - lv.Length];
                Array.Copy(ls, 0, rest, 0, i);
                Array.Copy(ls, i + lv.Length, rest, i, ls.Length - i - lv.Length);
                return WithList(source, rest);
            }
            return source;
        }

        private bool SameTarget(Delegate d)
        {
            return RuntimeImports.SameObject(m_target, d.m_target) && method_ptr == d.method_ptr && GetType().Name == d.GetType().Name;
        }

        public override bool Equals(object obj)
        {
            Delegate d = obj as Delegate;
            if ((object)d == null) return false;
            Delegate[] a = GetInvocationList();
            Delegate[] b = d.GetInvocationList();
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++)
                if (!a[i].SameTarget(b[i])) return false;
            return true;
        }

        public override int GetHashCode() { return method_ptr.GetHashCode(); }

        public static bool operator ==(Delegate d1, Delegate d2)
        {
            if ((object)d1 == null) return (object)d2 == null;
            return d1.Equals(d2);
        }

        public static bool operator !=(Delegate d1, Delegate d2) { return !(d1 == d2); }
    }

    public abstract class MulticastDelegate : Delegate
    {
        public static bool operator ==(MulticastDelegate d1, MulticastDelegate d2)
        {
            if ((object)d1 == null) return (object)d2 == null;
            return d1.Equals(d2);
        }

        public static bool operator !=(MulticastDelegate d1, MulticastDelegate d2) { return !(d1 == d2); }

        public override bool Equals(object obj) { return base.Equals(obj); }

        public override int GetHashCode() { return base.GetHashCode(); }
    }

    public interface IDisposable
    {
        void Dispose();
    }

    public interface IComparable
    {
        int CompareTo(object obj);
    }

    public interface IFormatProvider
    {
        object GetFormat(Type formatType);
    }

    public interface IFormattable
    {
        string ToString(string format, IFormatProvider formatProvider);
    }

    public interface ICloneable
    {
        object Clone();
    }
}

namespace System.Reflection
{
    public abstract class MemberInfo
    {
        protected MemberInfo() { }

        public abstract string Name { get; }
    }
}
