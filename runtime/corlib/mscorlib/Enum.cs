// System.Enum: names and values come from the enum's metadata through internal calls
// (GetNames/GetValues in .NET's order: by unsigned value), parsing names, numbers and
// comma-separated [Flags] combinations.
namespace System
{
    public abstract class Enum : ValueType, IComparable, IFormattable
    {
        protected Enum() { }

        public override string ToString() { return RuntimeImports.EnumToString(this); }

        public string ToString(string format) { return ToString(format, null); }
        public string ToString(IFormatProvider provider) { return ToString(); }

        public string ToString(string format, IFormatProvider provider)
        {
            if (format == null || format.Length == 0 || format == "G" || format == "g" || format == "F" || format == "f") return ToString();
            if (format == "D" || format == "d") return RuntimeImports.EnumValue(this).ToString();
            if (format == "X" || format == "x") return RuntimeImports.EnumValue(this).ToString("X8");
            throw new FormatException("Format String can be only \"G\", \"g\", \"X\", \"x\", \"F\", \"f\", \"D\" or \"d\".");
        }

        public bool HasFlag(Enum flag)
        {
            if (flag == null) throw new ArgumentNullException("flag");
            if (RuntimeImports.TypeFullName(this) != RuntimeImports.TypeFullName(flag))
                throw new ArgumentException("The argument type, '" + RuntimeImports.TypeFullName(flag) + "', is not the same as the enum type '" + RuntimeImports.TypeFullName(this) + "'.");
            long f = RuntimeImports.EnumValue(flag);
            return (RuntimeImports.EnumValue(this) & f) == f;
        }

        public int CompareTo(object target)
        {
            if (target == null) return 1;
            if (RuntimeImports.TypeFullName(this) != RuntimeImports.TypeFullName(target))
                throw new ArgumentException("Object must be the same type as the enum. The type passed in was '" + RuntimeImports.TypeFullName(target) + "'; the enum type was '" + RuntimeImports.TypeFullName(this) + "'.");
            ulong a = (ulong)RuntimeImports.EnumValue(this);
            ulong b = (ulong)RuntimeImports.EnumValue(target);
            if (a < b) return -1;
            if (a > b) return 1;
            return 0;
        }

        private static IntPtr HandleOf(Type enumType)
        {
            if (enumType == null) throw new ArgumentNullException("enumType");
            RuntimeType rt = enumType as RuntimeType;
            if (rt == null || !RuntimeImports.IsEnumHandle(rt.handle)) throw new ArgumentException("Type provided must be an Enum.", "enumType");
            return rt.handle;
        }

        public static string[] GetNames(Type enumType) { return RuntimeImports.EnumNames(HandleOf(enumType)); }

        public static Array GetValues(Type enumType) { return RuntimeImports.EnumValuesArray(HandleOf(enumType)); }

        public static string GetName(Type enumType, object value)
        {
            if (value == null) throw new ArgumentNullException("value");
            IntPtr h = HandleOf(enumType);
            long v = ToInt64(value);
            string[] names = RuntimeImports.EnumNames(h);
            int i = 0;
            foreach (object o in RuntimeImports.EnumValuesArray(h))
            {
                if (RuntimeImports.EnumValue(o) == v) return names[i];
                i++;
            }
            return null;
        }

        public static bool IsDefined(Type enumType, object value)
        {
            if (value == null) throw new ArgumentNullException("value");
            IntPtr h = HandleOf(enumType);
            string s = value as string;
            string[] names = RuntimeImports.EnumNames(h);
            if (s != null)
            {
                for (int i = 0; i < names.Length; i++)
                    if (names[i] == s) return true;
                return false;
            }
            return GetName(enumType, value) != null;
        }

        public static object ToObject(Type enumType, object value) { return ToObject(enumType, ToInt64(value)); }
        public static object ToObject(Type enumType, int value) { return RuntimeImports.EnumBox(HandleOf(enumType), value); }
        public static object ToObject(Type enumType, long value) { return RuntimeImports.EnumBox(HandleOf(enumType), value); }

        private static long ToInt64(object value)
        {
            if (value is Enum) return RuntimeImports.EnumValue(value);
            if (value is int) return (int)value;
            if (value is long) return (long)value;
            if (value is short) return (short)value;
            if (value is byte) return (byte)value;
            if (value is sbyte) return (sbyte)value;
            if (value is ushort) return (ushort)value;
            if (value is uint) return (uint)value;
            if (value is ulong) return (long)(ulong)value;
            throw new ArgumentException("The value passed in must be an enum base or an underlying type for an enum, such as an Int32.", "value");
        }

        public static object Parse(Type enumType, string value) { return Parse(enumType, value, false); }

        public static object Parse(Type enumType, string value, bool ignoreCase)
        {
            object result;
            string error = TryParseCore(HandleOf(enumType), value, ignoreCase, out result);
            if (error == null) return result;
            if (value == null) throw new ArgumentNullException("value");
            throw new ArgumentException(error);
        }

        public static bool TryParse<TEnum>(string value, out TEnum result) where TEnum : struct { return TryParse<TEnum>(value, false, out result); }

        public static bool TryParse<TEnum>(string value, bool ignoreCase, out TEnum result) where TEnum : struct
        {
            object parsed;
            result = default(TEnum);
            RuntimeType rt = (RuntimeType)typeof(TEnum);
            if (!RuntimeImports.IsEnumHandle(rt.handle)) throw new ArgumentException("Type provided must be an Enum.", "enumType");
            if (TryParseCore(rt.handle, value, ignoreCase, out parsed) != null) return false;
            result = (TEnum)parsed;
            return true;
        }

        // Null on success, else the ArgumentException message .NET gives.
        private static string TryParseCore(IntPtr h, string value, bool ignoreCase, out object result)
        {
            result = null;
            if (value == null) return "Value cannot be null.";
            string text = value.Trim();
            if (text.Length == 0) return "Must specify valid information for parsing in the string.";
            long number;
            char first = text[0];
            if ((first >= '0' && first <= '9') || first == '-' || first == '+')
            {
                if (!long.TryParse(text, out number)) return "Requested value '" + value + "' was not found.";
                result = RuntimeImports.EnumBox(h, number);
                return null;
            }
            string[] names = RuntimeImports.EnumNames(h);
            Array values = RuntimeImports.EnumValuesArray(h);
            object[] boxed = new object[names.Length];
            int k = 0;
            foreach (object o in values) boxed[k++] = o;
            long acc = 0;
            string[] parts = text.Split(',');
            for (int p = 0; p < parts.Length; p++)
            {
                string part = parts[p].Trim();
                bool found = false;
                for (int i = 0; i < names.Length && !found; i++)
                {
                    if (string.Compare(names[i], part, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) == 0)
                    {
                        acc |= RuntimeImports.EnumValue(boxed[i]);
                        found = true;
                    }
                }
                if (!found) return "Requested value '" + part + "' was not found.";
            }
            result = RuntimeImports.EnumBox(h, acc);
            return null;
        }
    }
}
