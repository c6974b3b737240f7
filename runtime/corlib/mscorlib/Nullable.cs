// System.Nullable<T>: a value and a flag. Boxing a null Nullable<T> gives null and
// boxing one with a value boxes the value itself; the JIT implements both directions.

namespace System
{
    public struct Nullable<T> where T : struct
    {
        internal T value;
        internal bool has_value;

        public Nullable(T value)
        {
            this.value = value;
            has_value = true;
        }

        public bool HasValue { get { return has_value; } }

        public T Value
        {
            get
            {
                if (!has_value) throw new InvalidOperationException("Nullable object must have a value.");
                return value;
            }
        }

        public T GetValueOrDefault() { return value; }
        public T GetValueOrDefault(T defaultValue) { return has_value ? value : defaultValue; }

        public override bool Equals(object other)
        {
            if (!has_value) return other == null;
            if (other == null) return false;
            return value.Equals(other);
        }

        public override int GetHashCode() { return has_value ? value.GetHashCode() : 0; }

        public override string ToString() { return has_value ? value.ToString() : ""; }

        public static implicit operator T?(T value) { return new T?(value); }

        public static explicit operator T(T? value) { return value.Value; }
    }

    public static class Nullable
    {
        public static Type GetUnderlyingType(Type nullableType) { return null; }
    }
}
