// System.String: UTF-16, immutable, laid out by the runtime (length then characters).
// Constructors are static `Ctor` methods the JIT calls for `newobj` (strings are sized
// by their arguments, so the runtime cannot allocate them before the constructor runs).
using System.Runtime.CompilerServices;


namespace System
{
    [Flags]
    public enum StringSplitOptions
    {
        None = 0,
        RemoveEmptyEntries = 1
    }

    public sealed class String : IComparable, ICloneable, IComparable<string>, IEquatable<string>, System.Collections.Generic.IEnumerable<char>
    {
        internal int m_length;
        internal char m_firstChar;

        public static readonly string Empty = "";

        public String(char c, int count) { }
        public String(char[] value) { }
        public String(char[] value, int startIndex, int length) { }

        private static string Ctor(char c, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count");
            string s = RuntimeImports.FastAllocateString(count);
            for (int i = 0; i < count; i++) RuntimeImports.StringSetChar(s, i, c);
            return s;
        }

        private static string Ctor(char[] value)
        {
            if (value == null) return Empty;
            return RuntimeImports.StringFromChars(value, 0, value.Length);
        }

        private static string Ctor(char[] value, int startIndex, int length)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (startIndex < 0 || length < 0 || startIndex > value.Length - length) throw new ArgumentOutOfRangeException("startIndex");
            return RuntimeImports.StringFromChars(value, startIndex, length);
        }

        public int Length { get { return RuntimeImports.StringLength(this); } }

        [IndexerName("Chars")]
        public char this[int index]
        {
            get
            {
                if (index < 0 || index >= Length) throw new IndexOutOfRangeException();
                return RuntimeImports.StringCharAt(this, index);
            }
        }

        public static bool IsNullOrEmpty(string value) { return value == null || value.Length == 0; }

        public static bool IsNullOrWhiteSpace(string value)
        {
            if (value == null) return true;
            for (int i = 0; i < value.Length; i++)
                if (!char.IsWhiteSpace(value[i])) return false;
            return true;
        }

        public static string Concat(object arg0) { return arg0 == null ? Empty : arg0.ToString(); }
        public static string Concat(object arg0, object arg1) { return Concat(Concat(arg0), Concat(arg1)); }
        public static string Concat(object arg0, object arg1, object arg2) { return Concat(Concat(arg0), Concat(arg1), Concat(arg2)); }

        public static string Concat(params object[] args)
        {
            if (args == null) throw new ArgumentNullException("args");
            string r = Empty;
            for (int i = 0; i < args.Length; i++) r = Concat(r, Concat(args[i]));
            return r;
        }

        public static string Concat(string str0, string str1)
        {
            return RuntimeImports.StringConcat(str0 == null ? Empty : str0, str1 == null ? Empty : str1);
        }

        public static string Concat(string str0, string str1, string str2) { return Concat(Concat(str0, str1), str2); }
        public static string Concat(string str0, string str1, string str2, string str3) { return Concat(Concat(str0, str1), Concat(str2, str3)); }

        public static string Concat(params string[] values)
        {
            if (values == null) throw new ArgumentNullException("values");
            string r = Empty;
            for (int i = 0; i < values.Length; i++) r = Concat(r, values[i]);
            return r;
        }

        public string Substring(int startIndex) { return Substring(startIndex, Length - startIndex); }

        public string Substring(int startIndex, int length)
        {
            if (startIndex < 0 || startIndex > Length) throw new ArgumentOutOfRangeException("startIndex", "startIndex cannot be larger than length of string.");
            if (length < 0 || startIndex > Length - length) throw new ArgumentOutOfRangeException("length", "Index and length must refer to a location within the string.");
            return RuntimeImports.StringSubstring(this, startIndex, length);
        }

        public int IndexOf(char value) { return RuntimeImports.StringIndexOfChar(this, value, 0); }
        public int IndexOf(char value, int startIndex) { return RuntimeImports.StringIndexOfChar(this, value, startIndex); }

        public int IndexOf(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            return RuntimeImports.StringIndexOf(this, value, 0);
        }

        public int IndexOf(string value, int startIndex)
        {
            if (value == null) throw new ArgumentNullException("value");
            return RuntimeImports.StringIndexOf(this, value, startIndex);
        }

        public int LastIndexOf(char value)
        {
            for (int i = Length - 1; i >= 0; i--)
                if (this[i] == value) return i;
            return -1;
        }

        public int LastIndexOf(string value) { return RuntimeImports.StringLastIndexOf(this, value); }

        public bool Contains(string value) { return IndexOf(value) >= 0; }

        public bool StartsWith(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            return value.Length <= Length && CompareOrdinal(Substring(0, value.Length), value) == 0;
        }

        public bool EndsWith(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            return value.Length <= Length && CompareOrdinal(Substring(Length - value.Length), value) == 0;
        }

        public string Replace(string oldValue, string newValue)
        {
            if (oldValue == null) throw new ArgumentNullException("oldValue");
            if (oldValue.Length == 0) throw new ArgumentException("String cannot be of zero length.");
            return RuntimeImports.StringReplace(this, oldValue, newValue == null ? Empty : newValue);
        }

        public string Replace(char oldChar, char newChar)
        {
            char[] cs = ToCharArray();
            for (int i = 0; i < cs.Length; i++)
                if (cs[i] == oldChar) cs[i] = newChar;
            return new string(cs);
        }

        public string ToUpper() { return RuntimeImports.StringToUpper(this); }
        public string ToLower() { return RuntimeImports.StringToLower(this); }
        public string ToUpperInvariant() { return RuntimeImports.StringToUpper(this); }
        public string ToLowerInvariant() { return RuntimeImports.StringToLower(this); }

        public string Trim() { return TrimEnd().TrimStart(); }
        public string TrimStart() { return TrimStart((char[])null); }
        public string TrimEnd() { return TrimEnd((char[])null); }

        public string Trim(char trimChar) { return Trim(new char[] { trimChar }); }
        public string TrimStart(char trimChar) { return TrimStart(new char[] { trimChar }); }
        public string TrimEnd(char trimChar) { return TrimEnd(new char[] { trimChar }); }

        public string Trim(params char[] trimChars)
        {
            if (trimChars == null || trimChars.Length == 0) return Trim();
            return TrimEnd(trimChars).TrimStart(trimChars);
        }

        public string TrimStart(params char[] trimChars)
        {
            int i = 0;
            while (i < Length && IsTrimmed(this[i], trimChars)) i++;
            return Substring(i);
        }

        public string TrimEnd(params char[] trimChars)
        {
            int n = Length;
            while (n > 0 && IsTrimmed(this[n - 1], trimChars)) n--;
            return Substring(0, n);
        }

        private static bool IsTrimmed(char c, char[] trimChars)
        {
            if (trimChars == null || trimChars.Length == 0) return char.IsWhiteSpace(c);
            for (int i = 0; i < trimChars.Length; i++)
                if (trimChars[i] == c) return true;
            return false;
        }

        public string PadLeft(int totalWidth) { return PadLeft(totalWidth, ' '); }
        public string PadLeft(int totalWidth, char paddingChar)
        {
            if (totalWidth <= Length) return this;
            return Concat(new string(paddingChar, totalWidth - Length), this);
        }

        public string PadRight(int totalWidth) { return PadRight(totalWidth, ' '); }
        public string PadRight(int totalWidth, char paddingChar)
        {
            if (totalWidth <= Length) return this;
            return Concat(this, new string(paddingChar, totalWidth - Length));
        }

        public string Insert(int startIndex, string value) { return Concat(Substring(0, startIndex), value, Substring(startIndex)); }
        public string Remove(int startIndex) { return Substring(0, startIndex); }
        public string Remove(int startIndex, int count) { return Concat(Substring(0, startIndex), Substring(startIndex + count)); }

        public string[] Split(char separator, StringSplitOptions options = StringSplitOptions.None)
        {
            return Split(new char[] { separator }, options);
        }

        public string[] Split(char[] separator, StringSplitOptions options)
        {
            string[] all = Split(separator);
            if (options != StringSplitOptions.RemoveEmptyEntries) return all;
            int n = 0;
            for (int i = 0; i < all.Length; i++) if (all[i].Length > 0) n++;
            string[] r = new string[n];
            n = 0;
            for (int i = 0; i < all.Length; i++) if (all[i].Length > 0) r[n++] = all[i];
            return r;
        }

        public string[] Split(params char[] separator)
        {
            int count = 1;
            for (int i = 0; i < Length; i++)
                if (IsSeparator(this[i], separator)) count++;
            string[] parts = new string[count];
            int start = 0;
            int k = 0;
            for (int i = 0; i < Length; i++)
            {
                if (IsSeparator(this[i], separator))
                {
                    parts[k++] = Substring(start, i - start);
                    start = i + 1;
                }
            }
            parts[k] = Substring(start);
            return parts;
        }

        private static bool IsSeparator(char c, char[] separator)
        {
            if (separator == null || separator.Length == 0) return char.IsWhiteSpace(c);
            for (int i = 0; i < separator.Length; i++)
                if (separator[i] == c) return true;
            return false;
        }

        public char[] ToCharArray()
        {
            char[] r = new char[Length];
            for (int i = 0; i < r.Length; i++) r[i] = RuntimeImports.StringCharAt(this, i);
            return r;
        }

        public static string Join(string separator, params string[] value)
        {
            if (value == null) throw new ArgumentNullException("value");
            string r = Empty;
            for (int i = 0; i < value.Length; i++)
            {
                if (i > 0) r = Concat(r, separator);
                r = Concat(r, value[i]);
            }
            return r;
        }

        public static string Join(string separator, params object[] values)
        {
            if (values == null) throw new ArgumentNullException("values");
            string r = Empty;
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0) r = Concat(r, separator);
                r = Concat(r, Concat(values[i]));
            }
            return r;
        }

        public static string Join(string separator, System.Collections.Generic.IEnumerable<string> values)
        {
            if (values == null) throw new ArgumentNullException("values");
            string r = Empty;
            bool first = true;
            foreach (string v in values)
            {
                if (!first) r = Concat(r, separator);
                r = Concat(r, v);
                first = false;
            }
            return r;
        }

        public static string Join<T>(string separator, System.Collections.Generic.IEnumerable<T> values)
        {
            if (values == null) throw new ArgumentNullException("values");
            string r = Empty;
            bool first = true;
            foreach (T v in values)
            {
                if (!first) r = Concat(r, separator);
                r = Concat(r, v == null ? Empty : v.ToString());
                first = false;
            }
            return r;
        }

        public static int CompareOrdinal(string strA, string strB)
        {
            if ((object)strA == (object)strB) return 0;
            if (strA == null) return -1;
            if (strB == null) return 1;
            return RuntimeImports.StringCompareOrdinal(strA, strB);
        }

        public static int Compare(string strA, string strB) { return Compare(strA, strB, false); }

        public static int Compare(string strA, string strB, bool ignoreCase)
        {
            if ((object)strA == (object)strB) return 0;
            if (strA == null) return -1;
            if (strB == null) return 1;
            int c = RuntimeImports.StringCompareOrdinal(strA.ToLower(), strB.ToLower());
            if (c != 0 || ignoreCase) return c < 0 ? -1 : (c > 0 ? 1 : 0);
            c = -RuntimeImports.StringCompareOrdinal(strA, strB);
            return c < 0 ? -1 : (c > 0 ? 1 : 0);
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            return Compare(this, (string)value);
        }

        public int CompareTo(string strB) { return Compare(this, strB); }

        public override bool Equals(object obj)
        {
            string s = obj as string;
            if (s == null) return false;
            return RuntimeImports.StringEquals(this, s);
        }

        public bool Equals(string value)
        {
            if ((object)value == null) return false;
            return RuntimeImports.StringEquals(this, value);
        }

        public static bool Equals(string a, string b)
        {
            if ((object)a == (object)b) return true;
            if ((object)a == null || (object)b == null) return false;
            return RuntimeImports.StringEquals(a, b);
        }

        public static bool operator ==(string a, string b) { return Equals(a, b); }
        public static bool operator !=(string a, string b) { return !Equals(a, b); }

        public override int GetHashCode() { return RuntimeImports.StringHashCode(this); }

        public CharEnumerator GetEnumerator() { return new CharEnumerator(this); }
        System.Collections.Generic.IEnumerator<char> System.Collections.Generic.IEnumerable<char>.GetEnumerator() { return new CharEnumerator(this); }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() { return new CharEnumerator(this); }

        public override string ToString() { return this; }

        public object Clone() { return this; }

        public static string Copy(string str) { return Concat(str, Empty); }

        public static string Format(string format, object arg0) { return Format(format, new object[] { arg0 }); }
        public static string Format(string format, object arg0, object arg1) { return Format(format, new object[] { arg0, arg1 }); }
        public static string Format(string format, object arg0, object arg1, object arg2) { return Format(format, new object[] { arg0, arg1, arg2 }); }

        public static string Format(string format, params object[] args)
        {
            if (format == null || args == null) throw new ArgumentNullException(format == null ? "format" : "args");
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            int i = 0;
            int n = format.Length;
            while (i < n)
            {
                char c = format[i];
                if (c == '{')
                {
                    if (i + 1 < n && format[i + 1] == '{') { sb.Append('{'); i += 2; continue; }
                    i++;
                    int index = 0;
                    bool any = false;
                    while (i < n && format[i] >= '0' && format[i] <= '9') { index = index * 10 + (format[i] - '0'); i++; any = true; }
                    if (!any) throw new FormatException("Input string was not in a correct format.");
                    int width = 0;
                    bool left = false;
                    if (i < n && format[i] == ',')
                    {
                        i++;
                        if (i < n && format[i] == '-') { left = true; i++; }
                        while (i < n && format[i] >= '0' && format[i] <= '9') { width = width * 10 + (format[i] - '0'); i++; }
                    }
                    string spec = null;
                    if (i < n && format[i] == ':')
                    {
                        i++;
                        int s0 = i;
                        while (i < n && format[i] != '}') i++;
                        spec = format.Substring(s0, i - s0);
                    }
                    if (i >= n || format[i] != '}') throw new FormatException("Input string was not in a correct format.");
                    i++;
                    if (index >= args.Length) throw new FormatException("Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
                    object arg = args[index];
                    string text;
                    if (arg == null) text = Empty;
                    else if (spec != null && arg is IFormattable) text = ((IFormattable)arg).ToString(spec, null);
                    else text = arg.ToString();
                    if (text == null) text = Empty;
                    if (left) text = text.PadRight(width);
                    else text = text.PadLeft(width);
                    sb.Append(text);
                    continue;
                }
                if (c == '}')
                {
                    if (i + 1 < n && format[i + 1] == '}') { sb.Append('}'); i += 2; continue; }
                    throw new FormatException("Input string was not in a correct format.");
                }
                sb.Append(c);
                i++;
            }
            return sb.ToString();
        }
    }
}

namespace System
{
    public sealed class CharEnumerator : System.Collections.Generic.IEnumerator<char>
    {
        private string str;
        private int index = -1;

        internal CharEnumerator(string s) { str = s; }

        public char Current { get { return str[index]; } }
        object System.Collections.IEnumerator.Current { get { return str[index]; } }
        public bool MoveNext() { index++; return index < str.Length; }
        public void Reset() { index = -1; }
        public void Dispose() { }
    }
}
