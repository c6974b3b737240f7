// The non-integer primitive types: Boolean, Char, Double, Single, the native-sized
// integers, and the Decimal placeholder the C# compilers require to exist.

namespace System
{
    public struct Boolean : IComparable, IComparable<bool>, IEquatable<bool>
    {
        internal bool m_value;

        public static readonly string TrueString = "True";
        public static readonly string FalseString = "False";

        public override string ToString() { return m_value ? "True" : "False"; }

        public override bool Equals(object obj)
        {
            if (!(obj is bool)) return false;
            return m_value == (bool)obj;
        }

        public bool Equals(bool obj) { return m_value == obj; }

        public override int GetHashCode() { return m_value ? 1 : 0; }

        public int CompareTo(bool value)
        {
            if (m_value == value) return 0;
            return m_value ? 1 : -1;
        }

        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            bool b = (bool)obj;
            if (m_value == b) return 0;
            return m_value ? 1 : -1;
        }

        public static bool TryParse(string value, out bool result)
        {
            result = false;
            if (value == null) return false;
            string t = value.Trim();
            if (string.Compare(t, "True", true) == 0) { result = true; return true; }
            return string.Compare(t, "False", true) == 0;
        }

        public static bool Parse(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            string t = value.Trim();
            if (string.Compare(t, "True", true) == 0) return true;
            if (string.Compare(t, "False", true) == 0) return false;
            throw new FormatException("String was not recognized as a valid Boolean.");
        }
    }

    public struct Char : IComparable, IComparable<char>, IEquatable<char>
    {
        internal char m_value;

        public const char MaxValue = '\uffff';
        public const char MinValue = '\0';

        public override string ToString() { return new string(m_value, 1); }

        public static string ToString(char c) { return new string(c, 1); }

        public override bool Equals(object obj)
        {
            if (!(obj is char)) return false;
            return m_value == (char)obj;
        }

        public bool Equals(char obj) { return m_value == obj; }

        public override int GetHashCode() { return (int)m_value | ((int)m_value << 16); }

        public int CompareTo(char value) { return m_value - value; }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            return m_value - (char)value;
        }

        public static bool IsDigit(char c) { return c >= '0' && c <= '9'; }
        public static bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\u007f' && char.ToUpper(c) != char.ToLower(c)); }
        public static bool IsLetterOrDigit(char c) { return IsLetter(c) || IsDigit(c); }
        public static bool IsWhiteSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0' || c == '\u0085'; }
        public static bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
        public static bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
        public static bool IsPunctuation(char c) { return c == '!' || c == '"' || c == '#' || c == '%' || c == '&' || c == '\'' || c == '(' || c == ')' || c == '*' || c == ',' || c == '-' || c == '.' || c == '/' || c == ':' || c == ';' || c == '?' || c == '@' || c == '[' || c == '\\' || c == ']' || c == '_' || c == '{' || c == '}'; }
        public static char ToUpper(char c) { return RuntimeImports.StringCharAt(RuntimeImports.StringToUpper(new string(c, 1)), 0); }
        public static char ToLower(char c) { return RuntimeImports.StringCharAt(RuntimeImports.StringToLower(new string(c, 1)), 0); }
        public static double GetNumericValue(char c) { if (IsDigit(c)) return c - '0'; return -1.0; }
        public static bool IsControl(char c) { return c < ' ' || (c >= '\u007f' && c <= '\u009f'); }
        public static bool IsNumber(char c) { return IsDigit(c); }
        public static bool IsSeparator(char c) { return c == ' ' || c == '\u00a0' || c == '\u2028' || c == '\u2029'; }
        public static bool IsSymbol(char c) { return c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' || c == '`' || c == '|' || c == '~'; }
        public static bool IsSurrogate(char c) { return c >= '\ud800' && c <= '\udfff'; }
        public static bool IsHighSurrogate(char c) { return c >= '\ud800' && c <= '\udbff'; }
        public static bool IsLowSurrogate(char c) { return c >= '\udc00' && c <= '\udfff'; }
        public static char ToUpperInvariant(char c) { return ToUpper(c); }
        public static char ToLowerInvariant(char c) { return ToLower(c); }
        public static char ToUpper(char c, System.Globalization.CultureInfo culture) { return ToUpper(c); }
        public static char ToLower(char c, System.Globalization.CultureInfo culture) { return ToLower(c); }
        public static bool IsDigit(string s, int index) { return IsDigit(At(s, index)); }
        public static bool IsLetter(string s, int index) { return IsLetter(At(s, index)); }
        public static bool IsLetterOrDigit(string s, int index) { return IsLetterOrDigit(At(s, index)); }
        public static bool IsWhiteSpace(string s, int index) { return IsWhiteSpace(At(s, index)); }
        public static bool IsUpper(string s, int index) { return IsUpper(At(s, index)); }
        public static bool IsLower(string s, int index) { return IsLower(At(s, index)); }
        public static bool IsPunctuation(string s, int index) { return IsPunctuation(At(s, index)); }

        private static char At(string s, int index)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (index < 0 || index >= s.Length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return s[index];
        }

        public static bool TryParse(string s, out char result)
        {
            if (s == null || s.Length != 1) { result = '\0'; return false; }
            result = s[0];
            return true;
        }

        public static char Parse(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (s.Length != 1) throw new FormatException("String must be exactly one character long.");
            return s[0];
        }
    }

    public struct Double : IComparable, IFormattable, IComparable<double>, IEquatable<double>
    {
        internal double m_value;

        public const double MinValue = -1.7976931348623157E+308;
        public const double MaxValue = 1.7976931348623157E+308;
        public const double Epsilon = 4.94065645841247E-324;
        public const double NaN = 0.0 / 0.0;
        public const double PositiveInfinity = 1.0 / 0.0;
        public const double NegativeInfinity = -1.0 / 0.0;

        public override string ToString() { return RuntimeImports.FormatDouble(m_value, null); }
        public string ToString(string format) { return RuntimeImports.FormatDouble(m_value, format); }
        public string ToString(IFormatProvider provider) { return RuntimeImports.FormatDouble(m_value, null); }
        public string ToString(string format, IFormatProvider provider) { return RuntimeImports.FormatDouble(m_value, format); }

        public static bool IsNaN(double d) { long b = RuntimeImports.DoubleToInt64Bits(d); return (b & 0x7FFFFFFFFFFFFFFFL) > 0x7FF0000000000000L; }
        public static bool IsInfinity(double d) { return d == PositiveInfinity || d == NegativeInfinity; }
        public static bool IsPositiveInfinity(double d) { return d == PositiveInfinity; }
        public static bool IsNegativeInfinity(double d) { return d == NegativeInfinity; }

        public override bool Equals(object obj)
        {
            if (!(obj is double)) return false;
            double v = (double)obj;
            return m_value == v || (IsNaN(m_value) && IsNaN(v));
        }

        public bool Equals(double obj) { return m_value == obj || (IsNaN(m_value) && IsNaN(obj)); }

        public override int GetHashCode()
        {
            long bits = BitConverter.DoubleToInt64Bits(m_value);
            return (int)bits ^ (int)(bits >> 32);
        }

        public int CompareTo(double value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            if (m_value == value) return 0;
            if (IsNaN(m_value)) return IsNaN(value) ? 0 : -1;
            return 1;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            return CompareTo((double)value);
        }

        public static double Parse(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            double r;
            if (!RuntimeImports.ParseDouble(s, out r)) throw new FormatException("Input string was not in a correct format.");
            return r;
        }

        public static bool TryParse(string s, out double result)
        {
            if (s == null) { result = 0; return false; }
            return RuntimeImports.ParseDouble(s, out result);
        }

        public static double Parse(string s, IFormatProvider provider) { return Parse(s); }
        public static double Parse(string s, System.Globalization.NumberStyles style) { return Parse(s); }
        public static double Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider) { return Parse(s); }

        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out double result) { return TryParse(s, out result); }
    }

    public struct Single : IComparable, IFormattable
    {
        internal float m_value;

        public const float MinValue = -3.40282347E+38f;
        public const float MaxValue = 3.40282347E+38f;
        public const float NaN = 0.0f / 0.0f;
        public const float PositiveInfinity = 1.0f / 0.0f;
        public const float NegativeInfinity = -1.0f / 0.0f;

        public override string ToString() { return RuntimeImports.FormatSingle(m_value, null); }
        public string ToString(string format) { return RuntimeImports.FormatSingle(m_value, format); }
        public string ToString(string format, IFormatProvider provider) { return RuntimeImports.FormatSingle(m_value, format); }

        public static bool IsNaN(float f) { return double.IsNaN(f); }

        public override bool Equals(object obj)
        {
            if (!(obj is float)) return false;
            return m_value == (float)obj;
        }

        public override int GetHashCode() { return (int)m_value; }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            float f = (float)value;
            if (m_value < f) return -1;
            if (m_value > f) return 1;
            return 0;
        }

        public static float Parse(string s) { return (float)double.Parse(s); }
        public static float Parse(string s, IFormatProvider provider) { return (float)double.Parse(s); }
        public string ToString(IFormatProvider provider) { return RuntimeImports.FormatSingle(m_value, null); }

        public static bool TryParse(string s, out float result)
        {
            double d;
            bool ok = double.TryParse(s, out d);
            result = (float)d;
            return ok;
        }
    }

    public struct IntPtr
    {
        internal long m_value;

        public static readonly IntPtr Zero;

        public IntPtr(int value) { m_value = value; }
        public IntPtr(long value) { m_value = value; }

        public static int Size { get { return 8; } }

        public int ToInt32() { return (int)m_value; }
        public long ToInt64() { return m_value; }

        public override string ToString() { return m_value.ToString(); }
        public override bool Equals(object obj) { return (obj is IntPtr) && ((IntPtr)obj).m_value == m_value; }
        public override int GetHashCode() { return (int)m_value; }

        public static bool operator ==(IntPtr a, IntPtr b) { return a.m_value == b.m_value; }
        public static bool operator !=(IntPtr a, IntPtr b) { return a.m_value != b.m_value; }
        public static explicit operator IntPtr(int value) { return new IntPtr(value); }
        public static explicit operator IntPtr(long value) { return new IntPtr(value); }
        public static explicit operator int(IntPtr value) { return (int)value.m_value; }
        public static explicit operator long(IntPtr value) { return value.m_value; }
    }

    public struct UIntPtr
    {
        internal ulong m_value;

        public static readonly UIntPtr Zero;

        public UIntPtr(uint value) { m_value = value; }
        public UIntPtr(ulong value) { m_value = value; }

        public override string ToString() { return m_value.ToString(); }
        public override int GetHashCode() { return (int)m_value; }
    }

    // The C# compilers require the type; decimal arithmetic is outside minics (T1 leaves it out).
    public struct Decimal
    {
        internal long lo;
        internal int hi;
        internal int flags;
    }

    public static class BitConverter
    {
        public static readonly bool IsLittleEndian = true;

        public static long DoubleToInt64Bits(double value) { return RuntimeImports.DoubleToInt64Bits(value); }
        public static double Int64BitsToDouble(long value) { return RuntimeImports.Int64BitsToDouble(value); }
    }
}
