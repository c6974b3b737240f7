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
            // One separator, the commonest case, is compared inline rather than by a
            // call per character.
            bool one = separator != null && separator.Length == 1;
            char only = one ? separator[0] : '\0';
            int length = Length;
            int count = 1;
            for (int i = 0; i < length; i++)
            {
                char c = this[i];
                if (one ? c == only : IsSeparator(c, separator)) count++;
            }
            string[] parts = new string[count];
            int start = 0;
            int k = 0;
            for (int i = 0; i < length; i++)
            {
                char c = this[i];
                if (one ? c == only : IsSeparator(c, separator))
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

        public static int CompareOrdinal(string strA, int indexA, string strB, int indexB, int length)
        {
            if (strA == null || strB == null)
            {
                if ((object)strA == (object)strB) return 0;
                return strA == null ? -1 : 1;
            }
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (indexA < 0 || indexB < 0) throw new ArgumentOutOfRangeException(indexA < 0 ? "indexA" : "indexB", "Index was out of range. Must be non-negative and less than the size of the collection.");
            int lengthA = Math.Min(length, strA.Length - indexA);
            int lengthB = Math.Min(length, strB.Length - indexB);
            if (lengthA < 0 || lengthB < 0) throw new ArgumentOutOfRangeException(lengthA < 0 ? "indexA" : "indexB", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return RuntimeImports.StringCompareOrdinal(strA.Substring(indexA, lengthA), strB.Substring(indexB, lengthB));
        }

        public static int Compare(string strA, int indexA, string strB, int indexB, int length)
        {
            if (strA == null || strB == null) return Compare(strA, strB);
            int lengthA = Math.Min(length, strA.Length - indexA);
            int lengthB = Math.Min(length, strB.Length - indexB);
            return Compare(strA.Substring(indexA, lengthA), strB.Substring(indexB, lengthB));
        }

        public static int Compare(string strA, string strB, StringComparison comparisonType)
        {
            if ((object)strA == (object)strB) return 0;
            if (strA == null) return -1;
            if (strB == null) return 1;
            switch (comparisonType)
            {
                case StringComparison.Ordinal:
                    return RuntimeImports.StringCompareOrdinal(strA, strB);
                case StringComparison.OrdinalIgnoreCase:
                    return RuntimeImports.StringCompareOrdinal(strA.ToUpperInvariant(), strB.ToUpperInvariant());
                case StringComparison.CurrentCultureIgnoreCase:
                case StringComparison.InvariantCultureIgnoreCase:
                    return Compare(strA, strB, true);
                case StringComparison.CurrentCulture:
                case StringComparison.InvariantCulture:
                    return Compare(strA, strB, false);
            }
            throw new ArgumentException("The string comparison type passed in is currently not supported.", "comparisonType");
        }

        public static int Compare(string strA, string strB, bool ignoreCase, System.Globalization.CultureInfo culture) { return Compare(strA, strB, ignoreCase); }

        public static bool Equals(string a, string b, StringComparison comparisonType)
        {
            if ((object)a == (object)b) return true;
            if ((object)a == null || (object)b == null) return false;
            if (comparisonType == StringComparison.Ordinal || comparisonType == StringComparison.CurrentCulture || comparisonType == StringComparison.InvariantCulture)
                return RuntimeImports.StringEquals(a, b);
            return a.Length == b.Length && Compare(a, b, comparisonType) == 0;
        }

        public bool Equals(string value, StringComparison comparisonType) { return Equals(this, value, comparisonType); }

        public bool StartsWith(string value, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException("value");
            return value.Length <= Length && Compare(Substring(0, value.Length), value, comparisonType) == 0;
        }

        public bool StartsWith(string value, bool ignoreCase, System.Globalization.CultureInfo culture)
        {
            return StartsWith(value, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture);
        }

        public bool EndsWith(string value, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException("value");
            return value.Length <= Length && Compare(Substring(Length - value.Length), value, comparisonType) == 0;
        }

        public int IndexOf(string value, StringComparison comparisonType) { return IndexOf(value, 0, comparisonType); }

        public int IndexOf(string value, int startIndex, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (startIndex < 0 || startIndex > Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (comparisonType == StringComparison.Ordinal || comparisonType == StringComparison.CurrentCulture || comparisonType == StringComparison.InvariantCulture)
                return RuntimeImports.StringIndexOf(this, value, startIndex);
            return RuntimeImports.StringIndexOf(ToUpperInvariant(), value.ToUpperInvariant(), startIndex);
        }

        public int IndexOf(char value, int startIndex, int count)
        {
            if (startIndex < 0 || startIndex > Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex > Length - count) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            int i = RuntimeImports.StringIndexOfChar(this, value, startIndex);
            return i >= startIndex + count ? -1 : i;
        }

        public int IndexOf(string value, int startIndex, int count)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (count < 0 || startIndex < 0 || startIndex > Length - count) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            int i = RuntimeImports.StringIndexOf(this, value, startIndex);
            return i < 0 || i + value.Length > startIndex + count ? -1 : i;
        }

        public int IndexOfAny(char[] anyOf) { return IndexOfAny(anyOf, 0); }

        public int IndexOfAny(char[] anyOf, int startIndex)
        {
            if (anyOf == null) throw new ArgumentNullException("anyOf");
            for (int i = startIndex; i < Length; i++)
                if (Array.IndexOf<char>(anyOf, this[i]) >= 0) return i;
            return -1;
        }

        public int LastIndexOf(char value, int startIndex)
        {
            for (int i = startIndex; i >= 0; i--)
                if (this[i] == value) return i;
            return -1;
        }

        public int LastIndexOfAny(char[] anyOf)
        {
            if (anyOf == null) throw new ArgumentNullException("anyOf");
            for (int i = Length - 1; i >= 0; i--)
                if (Array.IndexOf<char>(anyOf, this[i]) >= 0) return i;
            return -1;
        }

        public string ToUpper(System.Globalization.CultureInfo culture) { return ToUpper(); }
        public string ToLower(System.Globalization.CultureInfo culture) { return ToLower(); }

        public char[] ToCharArray(int startIndex, int length)
        {
            if (startIndex < 0 || startIndex > Length || startIndex > Length - length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Index was out of range. Must be non-negative and less than the size of the collection.");
            char[] r = new char[length];
            for (int i = 0; i < length; i++) r[i] = this[startIndex + i];
            return r;
        }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination == null) throw new ArgumentNullException("destination");
            if (count < 0 || sourceIndex < 0 || destinationIndex < 0 || count > Length - sourceIndex || destinationIndex > destination.Length - count)
                throw new ArgumentOutOfRangeException("count", "Index and count must refer to a location within the string.");
            for (int i = 0; i < count; i++) destination[destinationIndex + i] = this[sourceIndex + i];
        }

        public string[] Split(char separator, int count, StringSplitOptions options = StringSplitOptions.None) { return Split(new char[] { separator }, count, options); }
        public string[] Split(string separator, StringSplitOptions options = StringSplitOptions.None) { return Split(separator, int.MaxValue, options); }

        public string[] Split(string separator, int count, StringSplitOptions options = StringSplitOptions.None)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if (separator == null || separator.Length == 0)
            {
                if (count == 0 || (options == StringSplitOptions.RemoveEmptyEntries && Length == 0)) return new string[0];
                return new string[] { this };
            }
            return SplitCore(new string[] { separator }, count, options);
        }

        public bool Contains(char value) { return IndexOf(value) >= 0; }
        public bool StartsWith(char value) { return Length != 0 && this[0] == value; }
        public bool EndsWith(char value) { return Length != 0 && this[Length - 1] == value; }

        public int LastIndexOf(char value, int startIndex, int count)
        {
            if (Length == 0) return -1;
            if (startIndex < 0 || startIndex >= Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || count - 1 > startIndex) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex; i > startIndex - count; i--)
                if (this[i] == value) return i;
            return -1;
        }

        public static string Join(char separator, params string[] value) { return Join(new string(separator, 1), value); }
        public static string Join(char separator, params object[] values) { return Join(new string(separator, 1), values); }
        public static string Join(char separator, string[] value, int startIndex, int count) { return Join(new string(separator, 1), value, startIndex, count); }
        public static string Join<T>(char separator, System.Collections.Generic.IEnumerable<T> values) { return Join<T>(new string(separator, 1), values); }

        public string[] Split(char[] separator, int count) { return Split(separator, count, StringSplitOptions.None); }

        public string[] Split(char[] separator, int count, StringSplitOptions options)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            string[] seps = new string[separator == null ? 0 : separator.Length];
            for (int i = 0; i < seps.Length; i++) seps[i] = new string(separator[i], 1);
            return SplitCore(seps, count, options);
        }

        public string[] Split(string[] separator, StringSplitOptions options) { return Split(separator, int.MaxValue, options); }

        public string[] Split(string[] separator, int count, StringSplitOptions options)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if (options != StringSplitOptions.None && options != StringSplitOptions.RemoveEmptyEntries)
                throw new ArgumentException("Illegal enum value: " + (int)options + ".");
            return SplitCore(separator, count, options);
        }

        // The pieces between separators (white space when there are none), at most
        // `count` of them, the last holding the rest; the earliest, then longest, match wins.
        private string[] SplitCore(string[] separator, int count, StringSplitOptions options)
        {
            bool removeEmpty = options == StringSplitOptions.RemoveEmptyEntries;
            System.Collections.Generic.List<string> parts = new System.Collections.Generic.List<string>();
            if (count == 0 || (removeEmpty && Length == 0)) return new string[0];
            bool white = true;
            if (separator != null)
                for (int k = 0; k < separator.Length; k++)
                    if (separator[k] != null && separator[k].Length > 0) white = false;
            int start = 0;
            int i = 0;
            while (i < Length && parts.Count < count - 1)
            {
                int matched = 0;
                if (white)
                {
                    if (char.IsWhiteSpace(this[i])) matched = 1;
                }
                else
                {
                    for (int k = 0; k < separator.Length; k++)
                    {
                        string sep = separator[k];
                        if (sep == null || sep.Length == 0 || sep.Length > Length - i) continue;
                        if (CompareOrdinal(this, i, sep, 0, sep.Length) == 0) { matched = sep.Length; break; }
                    }
                }
                if (matched == 0) { i++; continue; }
                string piece = Substring(start, i - start);
                if (!removeEmpty || piece.Length > 0) parts.Add(piece);
                i += matched;
                start = i;
            }
            string last = Substring(start);
            if (!removeEmpty || last.Length > 0) parts.Add(last);
            return parts.ToArray();
        }

        public static string Concat(System.Collections.Generic.IEnumerable<string> values)
        {
            if (values == null) throw new ArgumentNullException("values");
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            foreach (string v in values) sb.Append(v);
            return sb.ToString();
        }

        public static string Concat<T>(System.Collections.Generic.IEnumerable<T> values)
        {
            if (values == null) throw new ArgumentNullException("values");
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            foreach (T v in values)
                if (v != null) sb.Append(v.ToString());
            return sb.ToString();
        }

        public static string Join(string separator, string[] value, int startIndex, int count)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (startIndex < 0 || count < 0 || startIndex > value.Length - count) throw new ArgumentOutOfRangeException("startIndex", "Index and count must refer to a location within the buffer.");
            string r = Empty;
            for (int i = 0; i < count; i++)
            {
                if (i > 0) r = Concat(r, separator);
                r = Concat(r, value[startIndex + i]);
            }
            return r;
        }

        public static string Format(IFormatProvider provider, string format, params object[] args) { return Format(format, args); }

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
