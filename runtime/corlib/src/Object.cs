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

        public Type GetType() { return new RuntimeType(RuntimeImports.TypeName(this), RuntimeImports.TypeNamespace(this)); }

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

    public abstract class Enum : ValueType
    {
        protected Enum() { }

        public override string ToString() { return RuntimeImports.EnumToString(this); }
    }

    public struct Void { }

    public abstract class Type : System.Reflection.MemberInfo
    {
        internal string name;
        internal string nspace;

        protected Type() { }

        public override string Name { get { return name; } }
        public string Namespace { get { return nspace; } }

        public string FullName
        {
            get
            {
                if (nspace == null || nspace.Length == 0) return name;
                return nspace + "." + name;
            }
        }

        public override string ToString() { return FullName; }

        public static Type GetTypeFromHandle(RuntimeTypeHandle handle)
        {
            return new RuntimeType(RuntimeImports.HandleTypeName(handle.value), RuntimeImports.HandleTypeNamespace(handle.value));
        }
    }

    internal sealed class RuntimeType : Type
    {
        internal RuntimeType(string n, string ns) { name = n; nspace = ns; }
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

    public abstract class Delegate
    {
        internal object m_target;
        internal IntPtr method_ptr;

        public object Target { get { return m_target; } }
    }

    public abstract class MulticastDelegate : Delegate
    {
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
