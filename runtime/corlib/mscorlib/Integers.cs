// The integer primitive types: formatting and parsing through internal calls (and
// NumberParsing for the NumberStyles overloads).
using System.Globalization;

namespace System
{
    public struct SByte : IComparable, IFormattable, IComparable<sbyte>, IEquatable<sbyte>
    {
        internal sbyte m_value;

        public const sbyte MaxValue = 127;
        public const sbyte MinValue = -128;

        public override string ToString() { string format = null; return RuntimeImports.FormatInt64(m_value, format, 1); }
        public string ToString(string format) { return RuntimeImports.FormatInt64(m_value, format, 1); }
        public string ToString(IFormatProvider provider) { string format = null; return RuntimeImports.FormatInt64(m_value, format, 1); }
        public string ToString(string format, IFormatProvider provider) { return RuntimeImports.FormatInt64(m_value, format, 1); }

        public override bool Equals(object obj)
        {
            if (!(obj is sbyte)) return false;
            return m_value == (sbyte)obj;
        }

        public bool Equals(sbyte obj) { return m_value == obj; }

        public override int GetHashCode() { return (int)m_value; }

        public int CompareTo(sbyte value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            return 0;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is sbyte)) throw new ArgumentException("Object must be of type SByte.");
            return CompareTo((sbyte)value);
        }

        public static sbyte Parse(string s)
        {
            long r;
            if (s == null) throw new ArgumentNullException("s");
            if (!RuntimeImports.ParseInt64(s, MinValue, MaxValue, out r)) throw ParseFailure.For(s, "an SByte");
            return (sbyte)r;
        }

        public static bool TryParse(string s, out sbyte result)
        {
            long r;
            if (s == null || !RuntimeImports.ParseInt64(s, MinValue, MaxValue, out r)) { result = 0; return false; }
            result = (sbyte)r;
            return true;
        }

        public static sbyte Parse(string s, NumberStyles style) { return Parse(s, style, null); }
        public static sbyte Parse(string s, IFormatProvider provider) { return Parse(s, NumberStyles.Integer, provider); }

        public static sbyte Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            long r;
            if (s == null) throw new ArgumentNullException("s");
            if (!NumberParsing.TryInteger(s, style, MinValue, MaxValue, 1, out r)) throw NumberParsing.Failure(s, style, "an SByte");
            return (sbyte)r;
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out sbyte result)
        {
            long r;
            if (s == null || !NumberParsing.TryInteger(s, style, MinValue, MaxValue, 1, out r)) { result = 0; return false; }
            result = (sbyte)r;
            return true;
        }
    }

    public struct Byte : IComparable, IFormattable, IComparable<byte>, IEquatable<byte>
    {
        internal byte m_value;

        public const byte MaxValue = 255;
        public const byte MinValue = 0;

        public override string ToString() { string format = null; return RuntimeImports.FormatUInt64(m_value, format, 1); }
        public string ToString(string format) { return RuntimeImports.FormatUInt64(m_value, format, 1); }
        public string ToString(IFormatProvider provider) { string format = null; return RuntimeImports.FormatUInt64(m_value, format, 1); }
        public string ToString(string format, IFormatProvider provider) { return RuntimeImports.FormatUInt64(m_value, format, 1); }

        public override bool Equals(object obj)
        {
            if (!(obj is byte)) return false;
            return m_value == (byte)obj;
        }

        public bool Equals(byte obj) { return m_value == obj; }

        public override int GetHashCode() { return (int)m_value; }

        public int CompareTo(byte value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            return 0;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is byte)) throw new ArgumentException("Object must be of type Byte.");
            return CompareTo((byte)value);
        }

        public static byte Parse(string s)
        {
            long r;
            if (s == null) throw new ArgumentNullException("s");
            if (!RuntimeImports.ParseInt64(s, MinValue, MaxValue, out r)) throw ParseFailure.For(s, "a Byte");
            return (byte)r;
        }

        public static bool TryParse(string s, out byte result)
        {
            long r;
            if (s == null || !RuntimeImports.ParseInt64(s, MinValue, MaxValue, out r)) { result = 0; return false; }
            result = (byte)r;
            return true;
        }

        public static byte Parse(string s, NumberStyles style) { return Parse(s, style, null); }
        public static byte Parse(string s, IFormatProvider provider) { return Parse(s, NumberStyles.Integer, provider); }

        public static byte Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            long r;
            if (s == null) throw new ArgumentNullException("s");
            if (!NumberParsing.TryInteger(s, style, MinValue, MaxValue, 1, out r)) throw NumberParsing.Failure(s, style, "a Byte");
            return (byte)r;
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out byte result)
        {
            long r;
            if (s == null || !NumberParsing.TryInteger(s, style, MinValue, MaxValue, 1, out r)) { result = 0; return false; }
            result = (byte)r;
            return true;
        }
    }

    public struct Int16 : IComparable, IFormattable, IComparable<short>, IEquatable<short>
    {
        internal short m_value;

        public const short MaxValue = 32767;
        public const short MinValue = -32768;

        public override string ToString() { string format = null; return RuntimeImports.FormatInt64(m_value, format, 2); }
        public string ToString(string format) { return RuntimeImports.FormatInt64(m_value, format, 2); }
        public string ToString(IFormatProvider provider) { string format = null; return RuntimeImports.FormatInt64(m_value, format, 2); }
        public string ToString(string format, IFormatProvider provider) { return RuntimeImports.FormatInt64(m_value, format, 2); }

        public override bool Equals(object obj)
        {
            if (!(obj is short)) return false;
            return m_value == (short)obj;
        }

        public bool Equals(short obj) { return m_value == obj; }

        public override int GetHashCode() { return (int)m_value; }

        public int CompareTo(short value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            return 0;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is short)) throw new ArgumentException("Object must be of type Int16.");
            return CompareTo((short)value);
        }

        public static short Parse(string s)
        {
            long r;
            if (s == null) throw new ArgumentNullException("s");
            if (!RuntimeImports.ParseInt64(s, MinValue, MaxValue, out r)) throw ParseFailure.For(s, "an Int16");
            return (short)r;
        }

        public static bool TryParse(string s, out short result)
        {
            long r;
            if (s == null || !RuntimeImports.ParseInt64(s, MinValue, MaxValue, out r)) { result = 0; return false; }
            result = (short)r;
            return true;
        }

        public static short Parse(string s, NumberStyles style) { return Parse(s, style, null); }
        public static short Parse(string s, IFormatProvider provider) { return Parse(s, NumberStyles.Integer, provider); }

        public static short Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            long r;
            if (s == null) throw new ArgumentNullException("s");
            if (!NumberParsing.TryInteger(s, style, MinValue, MaxValue, 2, out r)) throw NumberParsing.Failure(s, style, "an Int16");
            return (short)r;
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out short result)
        {
            long r;
            if (s == null || !NumberParsing.TryInteger(s, style, MinValue, MaxValue, 2, out r)) { result = 0; return false; }
            result = (short)r;
            return true;
        }
    }

    public struct UInt16 : IComparable, IFormattable, IComparable<ushort>, IEquatable<ushort>
    {
        internal ushort m_value;

        public const ushort MaxValue = 65535;
        public const ushort MinValue = 0;

        public override string ToString() { string format = null; return RuntimeImports.FormatUInt64(m_value, format, 2); }
        public string ToString(string format) { return RuntimeImports.FormatUInt64(m_value, format, 2); }
        public string ToString(IFormatProvider provider) { string format = null; return RuntimeImports.FormatUInt64(m_value, format, 2); }
        public string ToString(string format, IFormatProvider provider) { return RuntimeImports.FormatUInt64(m_value, format, 2); }

        public override bool Equals(object obj)
        {
            if (!(obj is ushort)) return false;
            return m_value == (ushort)obj;
        }

        public bool Equals(ushort obj) { return m_value == obj; }

        public override int GetHashCode() { return (int)m_value; }

        public int CompareTo(ushort value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            return 0;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is ushort)) throw new ArgumentException("Object must be of type UInt16.");
            return CompareTo((ushort)value);
        }

        public static ushort Parse(string s)
        {
            long r;
            if (s == null) throw new ArgumentNullException("s");
            if (!RuntimeImports.ParseInt64(s, MinValue, MaxValue, out r)) throw ParseFailure.For(s, "a UInt16");
            return (ushort)r;
        }

        public static bool TryParse(string s, out ushort result)
        {
            long r;
            if (s == null || !RuntimeImports.ParseInt64(s, MinValue, MaxValue, out r)) { result = 0; return false; }
            result = (ushort)r;
            return true;
        }

        public static ushort Parse(string s, NumberStyles style) { return Parse(s, style, null); }
        public static ushort Parse(string s, IFormatProvider provider) { return Parse(s, NumberStyles.Integer, provider); }

        public static ushort Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            long r;
            if (s == null) throw new ArgumentNullException("s");
            if (!NumberParsing.TryInteger(s, style, MinValue, MaxValue, 2, out r)) throw NumberParsing.Failure(s, style, "a UInt16");
            return (ushort)r;
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out ushort result)
        {
            long r;
            if (s == null || !NumberParsing.TryInteger(s, style, MinValue, MaxValue, 2, out r)) { result = 0; return false; }
            result = (ushort)r;
            return true;
        }
    }

    public struct Int32 : IComparable, IFormattable, IComparable<int>, IEquatable<int>
    {
        internal int m_value;

        public const int MaxValue = 2147483647;
        public const int MinValue = -2147483648;

        public override string ToString() { string format = null; return RuntimeImports.FormatInt64(m_value, format, 4); }
        public string ToString(string format) { return RuntimeImports.FormatInt64(m_value, format, 4); }
        public string ToString(IFormatProvider provider) { string format = null; return RuntimeImports.FormatInt64(m_value, format, 4); }
        public string ToString(string format, IFormatProvider provider) { return RuntimeImports.FormatInt64(m_value, format, 4); }

        public override bool Equals(object obj)
        {
            if (!(obj is int)) return false;
            return m_value == (int)obj;
        }

        public bool Equals(int obj) { return m_value == obj; }

        public override int GetHashCode() { return (int)m_value; }

        public int CompareTo(int value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            return 0;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is int)) throw new ArgumentException("Object must be of type Int32.");
            return CompareTo((int)value);
        }

        public static int Parse(string s)
        {
            long r;
            if (s == null) throw new ArgumentNullException("s");
            if (!RuntimeImports.ParseInt64(s, MinValue, MaxValue, out r)) throw ParseFailure.For(s, "an Int32");
            return (int)r;
        }

        public static bool TryParse(string s, out int result)
        {
            long r;
            if (s == null || !RuntimeImports.ParseInt64(s, MinValue, MaxValue, out r)) { result = 0; return false; }
            result = (int)r;
            return true;
        }

        public static int Parse(string s, NumberStyles style) { return Parse(s, style, null); }
        public static int Parse(string s, IFormatProvider provider) { return Parse(s, NumberStyles.Integer, provider); }

        public static int Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            long r;
            if (s == null) throw new ArgumentNullException("s");
            if (!NumberParsing.TryInteger(s, style, MinValue, MaxValue, 4, out r)) throw NumberParsing.Failure(s, style, "an Int32");
            return (int)r;
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out int result)
        {
            long r;
            if (s == null || !NumberParsing.TryInteger(s, style, MinValue, MaxValue, 4, out r)) { result = 0; return false; }
            result = (int)r;
            return true;
        }
    }

    public struct UInt32 : IComparable, IFormattable, IComparable<uint>, IEquatable<uint>
    {
        internal uint m_value;

        public const uint MaxValue = 4294967295;
        public const uint MinValue = 0;

        public override string ToString() { string format = null; return RuntimeImports.FormatUInt64(m_value, format, 4); }
        public string ToString(string format) { return RuntimeImports.FormatUInt64(m_value, format, 4); }
        public string ToString(IFormatProvider provider) { string format = null; return RuntimeImports.FormatUInt64(m_value, format, 4); }
        public string ToString(string format, IFormatProvider provider) { return RuntimeImports.FormatUInt64(m_value, format, 4); }

        public override bool Equals(object obj)
        {
            if (!(obj is uint)) return false;
            return m_value == (uint)obj;
        }

        public bool Equals(uint obj) { return m_value == obj; }

        public override int GetHashCode() { return (int)m_value; }

        public int CompareTo(uint value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            return 0;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is uint)) throw new ArgumentException("Object must be of type UInt32.");
            return CompareTo((uint)value);
        }

        public static uint Parse(string s)
        {
            long r;
            if (s == null) throw new ArgumentNullException("s");
            if (!RuntimeImports.ParseInt64(s, MinValue, MaxValue, out r)) throw ParseFailure.For(s, "a UInt32");
            return (uint)r;
        }

        public static bool TryParse(string s, out uint result)
        {
            long r;
            if (s == null || !RuntimeImports.ParseInt64(s, MinValue, MaxValue, out r)) { result = 0; return false; }
            result = (uint)r;
            return true;
        }

        public static uint Parse(string s, NumberStyles style) { return Parse(s, style, null); }
        public static uint Parse(string s, IFormatProvider provider) { return Parse(s, NumberStyles.Integer, provider); }

        public static uint Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            long r;
            if (s == null) throw new ArgumentNullException("s");
            if (!NumberParsing.TryInteger(s, style, MinValue, MaxValue, 4, out r)) throw NumberParsing.Failure(s, style, "a UInt32");
            return (uint)r;
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out uint result)
        {
            long r;
            if (s == null || !NumberParsing.TryInteger(s, style, MinValue, MaxValue, 4, out r)) { result = 0; return false; }
            result = (uint)r;
            return true;
        }
    }

    public struct Int64 : IComparable, IFormattable, IComparable<long>, IEquatable<long>
    {
        internal long m_value;

        public const long MaxValue = 9223372036854775807;
        public const long MinValue = -9223372036854775807L - 1;

        public override string ToString() { string format = null; return RuntimeImports.FormatInt64(m_value, format, 8); }
        public string ToString(string format) { return RuntimeImports.FormatInt64(m_value, format, 8); }
        public string ToString(IFormatProvider provider) { string format = null; return RuntimeImports.FormatInt64(m_value, format, 8); }
        public string ToString(string format, IFormatProvider provider) { return RuntimeImports.FormatInt64(m_value, format, 8); }

        public override bool Equals(object obj)
        {
            if (!(obj is long)) return false;
            return m_value == (long)obj;
        }

        public bool Equals(long obj) { return m_value == obj; }

        public override int GetHashCode() { return (int)m_value ^ (int)(m_value >> 32); }

        public int CompareTo(long value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            return 0;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is long)) throw new ArgumentException("Object must be of type Int64.");
            return CompareTo((long)value);
        }

        public static long Parse(string s)
        {
            long r;
            if (s == null) throw new ArgumentNullException("s");
            if (!RuntimeImports.ParseInt64(s, MinValue, MaxValue, out r)) throw ParseFailure.For(s, "an Int64");
            return (long)r;
        }

        public static bool TryParse(string s, out long result)
        {
            long r;
            if (s == null || !RuntimeImports.ParseInt64(s, MinValue, MaxValue, out r)) { result = 0; return false; }
            result = (long)r;
            return true;
        }

        public static long Parse(string s, NumberStyles style) { return Parse(s, style, null); }
        public static long Parse(string s, IFormatProvider provider) { return Parse(s, NumberStyles.Integer, provider); }

        public static long Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            long r;
            if (s == null) throw new ArgumentNullException("s");
            if (!NumberParsing.TryInteger(s, style, MinValue, MaxValue, 8, out r)) throw NumberParsing.Failure(s, style, "an Int64");
            return (long)r;
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out long result)
        {
            long r;
            if (s == null || !NumberParsing.TryInteger(s, style, MinValue, MaxValue, 8, out r)) { result = 0; return false; }
            result = (long)r;
            return true;
        }
    }

    public struct UInt64 : IComparable, IFormattable, IComparable<ulong>, IEquatable<ulong>
    {
        internal ulong m_value;

        public const ulong MaxValue = 18446744073709551615;
        public const ulong MinValue = 0;

        public override string ToString() { string format = null; return RuntimeImports.FormatUInt64(m_value, format, 8); }
        public string ToString(string format) { return RuntimeImports.FormatUInt64(m_value, format, 8); }
        public string ToString(IFormatProvider provider) { string format = null; return RuntimeImports.FormatUInt64(m_value, format, 8); }
        public string ToString(string format, IFormatProvider provider) { return RuntimeImports.FormatUInt64(m_value, format, 8); }

        public override bool Equals(object obj)
        {
            if (!(obj is ulong)) return false;
            return m_value == (ulong)obj;
        }

        public bool Equals(ulong obj) { return m_value == obj; }

        public override int GetHashCode() { return (int)m_value ^ (int)(m_value >> 32); }

        public int CompareTo(ulong value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            return 0;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is ulong)) throw new ArgumentException("Object must be of type UInt64.");
            return CompareTo((ulong)value);
        }

        public static ulong Parse(string s, IFormatProvider provider) { return Parse(s); }

        public static ulong Parse(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            ulong u;
            if (!RuntimeImports.ParseUInt64(s, out u)) throw ParseFailure.For(s, "a UInt64");
            return u;
        }

        public static bool TryParse(string s, out ulong result)
        {
            ulong u;
            if (s == null || !RuntimeImports.ParseUInt64(s, out u)) { result = 0; return false; }
            result = u;
            return true;
        }
    }

    internal static class ParseFailure
    {
        // What Parse throws for `s`: OverflowException when it is a well-formed integer
        // outside the type's range, else FormatException (Mono's messages).
        internal static Exception For(string s, string typeWithArticle)
        {
            if (RuntimeImports.IsIntegerSyntax(s))
                return new OverflowException("Value was either too large or too small for " + typeWithArticle + ".");
            return new FormatException("Input string was not in a correct format.");
        }
    }
}
