// System.Globalization as far as programs name it: CultureInfo (the invariant culture;
// the current culture behaves as it, which is what Mono does under LANG=C),
// NumberFormatInfo, NumberStyles, and the NumberStyles parsing the integer types share.
namespace System.Globalization
{
    [Flags]
    public enum NumberStyles
    {
        None = 0,
        AllowLeadingWhite = 1,
        AllowTrailingWhite = 2,
        AllowLeadingSign = 4,
        AllowTrailingSign = 8,
        AllowParentheses = 16,
        AllowDecimalPoint = 32,
        AllowThousands = 64,
        AllowExponent = 128,
        AllowCurrencySymbol = 256,
        AllowHexSpecifier = 512,
        Integer = 7,
        HexNumber = 515,
        Number = 111,
        Float = 167,
        Currency = 383,
        Any = 511
    }

    public class CultureInfo : IFormatProvider, ICloneable
    {
        private static CultureInfo invariant;
        private string name;

        public CultureInfo(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            this.name = name;
        }

        public static CultureInfo InvariantCulture
        {
            get
            {
                if (invariant == null) invariant = new CultureInfo("");
                return invariant;
            }
        }

        public static CultureInfo CurrentCulture { get { return InvariantCulture; } }
        public static CultureInfo CurrentUICulture { get { return InvariantCulture; } }

        public static CultureInfo GetCultureInfo(string name) { return new CultureInfo(name); }

        public virtual string Name { get { return name; } }
        public virtual string DisplayName { get { return name.Length == 0 ? "Invariant Language (Invariant Country)" : name; } }
        public virtual NumberFormatInfo NumberFormat { get { return NumberFormatInfo.InvariantInfo; } }

        public virtual object GetFormat(Type formatType)
        {
            if (formatType != null && formatType.FullName == "System.Globalization.NumberFormatInfo") return NumberFormat;
            return null;
        }

        public virtual object Clone() { return new CultureInfo(name); }

        public override string ToString() { return name; }

        public override bool Equals(object value)
        {
            CultureInfo c = value as CultureInfo;
            return c != null && c.name == name;
        }

        public override int GetHashCode() { return name.GetHashCode(); }
    }

    public sealed class NumberFormatInfo : IFormatProvider, ICloneable
    {
        private static NumberFormatInfo invariant;

        public NumberFormatInfo() { }

        public static NumberFormatInfo InvariantInfo
        {
            get
            {
                if (invariant == null) invariant = new NumberFormatInfo();
                return invariant;
            }
        }

        public static NumberFormatInfo CurrentInfo { get { return InvariantInfo; } }

        public string NumberDecimalSeparator { get { return "."; } }
        public string NumberGroupSeparator { get { return ","; } }
        public string NegativeSign { get { return "-"; } }
        public string PositiveSign { get { return "+"; } }
        public string NaNSymbol { get { return "NaN"; } }
        public string PositiveInfinitySymbol { get { return "Infinity"; } }
        public string NegativeInfinitySymbol { get { return "-Infinity"; } }

        public object GetFormat(Type formatType)
        {
            if (formatType != null && formatType.FullName == "System.Globalization.NumberFormatInfo") return this;
            return null;
        }

        public object Clone() { return new NumberFormatInfo(); }
    }

    // Integer parsing under NumberStyles: surrounding white space, a leading sign,
    // thousands separators and hexadecimal digits (read as the type's unsigned bits).
    internal static class NumberParsing
    {
        internal static bool TryInteger(string s, NumberStyles style, long min, long max, int size, out long result)
        {
            result = 0;
            if ((style & ~NumberStyles.Any) != 0 && (style & NumberStyles.AllowHexSpecifier) == 0) return false;
            int i = 0;
            int n = s.Length;
            if ((style & NumberStyles.AllowLeadingWhite) != 0) while (i < n && char.IsWhiteSpace(s[i])) i++;
            if ((style & NumberStyles.AllowTrailingWhite) != 0) while (n > i && char.IsWhiteSpace(s[n - 1])) n--;
            if (i == n) return false;
            if ((style & NumberStyles.AllowHexSpecifier) != 0)
            {
                ulong v = 0;
                for (int k = i; k < n; k++)
                {
                    int d = HexDigit(s[k]);
                    if (d < 0) return false;
                    if ((v >> 60) != 0) return false;
                    v = v * 16 + (ulong)d;
                }
                if (size < 8 && v >= (1UL << (size * 8))) return false;
                if (min < 0)
                {
                    if (size == 1) result = (sbyte)(byte)v;
                    else if (size == 2) result = (short)(ushort)v;
                    else if (size == 4) result = (int)(uint)v;
                    else result = (long)v;
                }
                else
                {
                    if (size == 8 && (long)v < 0) return false;
                    result = (long)v;
                }
                return true;
            }
            bool neg = false;
            if ((style & NumberStyles.AllowLeadingSign) != 0 && (s[i] == '-' || s[i] == '+'))
            {
                neg = s[i] == '-';
                i++;
            }
            bool any = false;
            ulong acc = 0;
            for (; i < n; i++)
            {
                char c = s[i];
                if (c == ',' && (style & NumberStyles.AllowThousands) != 0 && any) continue;
                if (c < '0' || c > '9') return false;
                if (acc > 922337203685477580UL) return false;
                acc = acc * 10 + (ulong)(c - '0');
                any = true;
            }
            if (!any) return false;
            if (acc > 9223372036854775808UL) return false;
            long value;
            if (neg) value = acc == 9223372036854775808UL ? long.MinValue : -(long)acc;
            else
            {
                if (acc > 9223372036854775807UL) return false;
                value = (long)acc;
            }
            if (value < min || value > max) return false;
            result = value;
            return true;
        }

        internal static int HexDigit(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        }

        internal static Exception Failure(string s, NumberStyles style, string typeWithArticle)
        {
            if ((style & NumberStyles.AllowHexSpecifier) == 0 && RuntimeImports.IsIntegerSyntax(s))
                return new OverflowException("Value was either too large or too small for " + typeWithArticle + ".");
            return new FormatException("Input string was not in a correct format.");
        }
    }
}
