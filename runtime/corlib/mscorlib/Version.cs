// System.Version (major.minor[.build[.revision]]), System.Guid (its text forms, no
// random generator beyond a seeded one), and the small enums and types of System that
// programs name: DateTimeKind, StringComparison, StringComparer.
namespace System
{
    public sealed class Version : ICloneable, IComparable, IComparable<Version>, IEquatable<Version>
    {
        private int major;
        private int minor;
        private int build = -1;
        private int revision = -1;

        public Version() { }
        public Version(int major, int minor) { Init(major, minor, -1, -1); }
        public Version(int major, int minor, int build) { Init(major, minor, build, -1); }
        public Version(int major, int minor, int build, int revision) { Init(major, minor, build, revision); }

        public Version(string version)
        {
            Version v = Parse(version);
            Init(v.major, v.minor, v.build, v.revision);
        }

        private void Init(int major, int minor, int build, int revision)
        {
            if (major < 0) throw new ArgumentOutOfRangeException("major", "Version's parameters must be greater than or equal to zero.");
            if (minor < 0) throw new ArgumentOutOfRangeException("minor", "Version's parameters must be greater than or equal to zero.");
            this.major = major;
            this.minor = minor;
            this.build = build;
            this.revision = revision;
        }

        public int Major { get { return major; } }
        public int Minor { get { return minor; } }
        public int Build { get { return build; } }
        public int Revision { get { return revision; } }

        public static Version Parse(string input)
        {
            if (input == null) throw new ArgumentNullException("input");
            string[] parts = input.Split('.');
            if (parts.Length < 2 || parts.Length > 4) throw new ArgumentException("Version string portion was too short or too long.");
            int[] n = new int[] { 0, 0, -1, -1 };
            for (int i = 0; i < parts.Length; i++) n[i] = int.Parse(parts[i]);
            return new Version(n[0], n[1]).With(n[2], n[3]);
        }

        private Version With(int build, int revision)
        {
            this.build = build;
            this.revision = revision;
            return this;
        }

        public object Clone() { return new Version(major, minor).With(build, revision); }

        public int CompareTo(object version)
        {
            if (version == null) return 1;
            Version v = version as Version;
            if (v == null) throw new ArgumentException("Argument must be a System.Version.");
            return CompareTo(v);
        }

        public int CompareTo(Version value)
        {
            if ((object)value == null) return 1;
            if (major != value.major) return major > value.major ? 1 : -1;
            if (minor != value.minor) return minor > value.minor ? 1 : -1;
            if (build != value.build) return build > value.build ? 1 : -1;
            if (revision != value.revision) return revision > value.revision ? 1 : -1;
            return 0;
        }

        public override bool Equals(object obj) { return Equals(obj as Version); }

        public bool Equals(Version obj)
        {
            if ((object)obj == null) return false;
            return major == obj.major && minor == obj.minor && build == obj.build && revision == obj.revision;
        }

        public override int GetHashCode()
        {
            int h = 0;
            h |= (major & 0x0000000F) << 28;
            h |= (minor & 0x000000FF) << 20;
            h |= (build & 0x000000FF) << 12;
            h |= (revision & 0x00000FFF);
            return h;
        }

        public override string ToString()
        {
            if (build == -1) return ToString(2);
            if (revision == -1) return ToString(3);
            return ToString(4);
        }

        public string ToString(int fieldCount)
        {
            if (fieldCount == 0) return "";
            if (fieldCount == 1) return major.ToString();
            if (fieldCount == 2) return major + "." + minor;
            if (fieldCount == 3 && build >= 0) return major + "." + minor + "." + build;
            if (fieldCount == 4 && revision >= 0) return major + "." + minor + "." + build + "." + revision;
            throw new ArgumentException("Argument must be between 0 and the number of defined fields.", "fieldCount");
        }

        public static bool operator ==(Version v1, Version v2)
        {
            if ((object)v1 == null) return (object)v2 == null;
            return v1.Equals(v2);
        }

        public static bool operator !=(Version v1, Version v2) { return !(v1 == v2); }
        public static bool operator <(Version v1, Version v2) { return v1.CompareTo(v2) < 0; }
        public static bool operator <=(Version v1, Version v2) { return v1.CompareTo(v2) <= 0; }
        public static bool operator >(Version v1, Version v2) { return v2 < v1; }
        public static bool operator >=(Version v1, Version v2) { return v2 <= v1; }
    }

    public struct Guid : IFormattable, IComparable, IComparable<Guid>, IEquatable<Guid>
    {
        public static readonly Guid Empty = new Guid();

        private int a;
        private short b;
        private short c;
        private byte d;
        private byte e;
        private byte f;
        private byte g;
        private byte h;
        private byte i;
        private byte j;
        private byte k;

        public Guid(byte[] b)
        {
            if (b == null) throw new ArgumentNullException("b");
            if (b.Length != 16) throw new ArgumentException("Byte array for GUID must be exactly 16 bytes long.");
            a = b[3] << 24 | b[2] << 16 | b[1] << 8 | b[0];
            this.b = (short)(b[5] << 8 | b[4]);
            c = (short)(b[7] << 8 | b[6]);
            d = b[8]; e = b[9]; f = b[10]; g = b[11]; h = b[12]; i = b[13]; j = b[14]; k = b[15];
        }

        public Guid(int a, short b, short c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte k)
        {
            this.a = a; this.b = b; this.c = c;
            this.d = d; this.e = e; this.f = f; this.g = g; this.h = h; this.i = i; this.j = j; this.k = k;
        }

        public Guid(string g)
        {
            this = Parse(g);
        }

        // A version-4 layout from a xorshift generator: unique within a run, not random.
        public static Guid NewGuid()
        {
            byte[] bytes = new byte[16];
            for (int n = 0; n < 16; n++)
            {
                bytes[n] = GuidSeed.Next();
            }
            bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            return new Guid(bytes);
        }

        public static Guid Parse(string input)
        {
            if (input == null) throw new ArgumentNullException("input");
            string hex = "";
            for (int n = 0; n < input.Length; n++)
            {
                char ch = input[n];
                if (ch == '-' || ch == '{' || ch == '}' || ch == '(' || ch == ')') continue;
                if (System.Globalization.NumberParsing.HexDigit(ch) < 0) throw new FormatException("Unrecognized Guid format.");
                hex = hex + ch;
            }
            if (hex.Length != 32) throw new FormatException("Unrecognized Guid format.");
            int a = (int)Hex(hex, 0, 8);
            short b = (short)Hex(hex, 8, 4);
            short c = (short)Hex(hex, 12, 4);
            byte[] rest = new byte[8];
            for (int n = 0; n < 8; n++) rest[n] = (byte)Hex(hex, 16 + 2 * n, 2);
            return new Guid(a, b, c, rest[0], rest[1], rest[2], rest[3], rest[4], rest[5], rest[6], rest[7]);
        }

        private static long Hex(string s, int start, int count)
        {
            long v = 0;
            for (int n = 0; n < count; n++) v = v * 16 + System.Globalization.NumberParsing.HexDigit(s[start + n]);
            return v;
        }

        public byte[] ToByteArray()
        {
            return new byte[] { (byte)a, (byte)(a >> 8), (byte)(a >> 16), (byte)(a >> 24), (byte)b, (byte)(b >> 8), (byte)c, (byte)(c >> 8), d, e, f, g, h, i, j, k };
        }

        public override string ToString() { return ToString("D", null); }
        public string ToString(string format) { return ToString(format, null); }

        public string ToString(string format, IFormatProvider provider)
        {
            if (format == null || format.Length == 0) format = "D";
            string n = a.ToString("x8") + ((ushort)b).ToString("x4") + ((ushort)c).ToString("x4") + d.ToString("x2") + e.ToString("x2");
            string tail = f.ToString("x2") + g.ToString("x2") + h.ToString("x2") + i.ToString("x2") + j.ToString("x2") + k.ToString("x2");
            if (format == "N" || format == "n") return n + tail;
            string dashed = n.Substring(0, 8) + "-" + n.Substring(8, 4) + "-" + n.Substring(12, 4) + "-" + n.Substring(16, 4) + "-" + tail;
            if (format == "D" || format == "d") return dashed;
            if (format == "B" || format == "b") return "{" + dashed + "}";
            if (format == "P" || format == "p") return "(" + dashed + ")";
            throw new FormatException("Format String can be only \"D\", \"d\", \"N\", \"n\", \"P\", \"p\", \"B\", \"b\", \"X\" or \"x\".");
        }

        public override bool Equals(object o)
        {
            if (!(o is Guid)) return false;
            return Equals((Guid)o);
        }

        public bool Equals(Guid g)
        {
            return a == g.a && b == g.b && c == g.c && d == g.d && e == g.e && f == g.f && this.g == g.g && h == g.h && i == g.i && j == g.j && k == g.k;
        }

        public override int GetHashCode() { return a ^ (((int)b << 16) | (int)(ushort)c) ^ (((int)f << 24) | k); }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is Guid)) throw new ArgumentException("Object must be of type GUID.");
            return CompareTo((Guid)value);
        }

        public int CompareTo(Guid value)
        {
            byte[] x = ToByteArray();
            byte[] y = value.ToByteArray();
            int[] order = new int[] { 3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15 };
            for (int n = 0; n < 16; n++)
                if (x[order[n]] != y[order[n]]) return x[order[n]] < y[order[n]] ? -1 : 1;
            return 0;
        }

        public static bool operator ==(Guid a, Guid b) { return a.Equals(b); }
        public static bool operator !=(Guid a, Guid b) { return !a.Equals(b); }
    }

    // The generator state lives apart from Guid: a struct's own statics beside a static
    // of its own type are not laid out reliably by the runtime yet.
    internal static class GuidSeed
    {
        private static uint state = 0x2545F491;

        internal static byte Next()
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            return (byte)(state ^ (uint)Environment.TickCount);
        }
    }

    public enum DateTimeKind
    {
        Unspecified = 0,
        Utc = 1,
        Local = 2
    }

    public enum StringComparison
    {
        CurrentCulture = 0,
        CurrentCultureIgnoreCase = 1,
        InvariantCulture = 2,
        InvariantCultureIgnoreCase = 3,
        Ordinal = 4,
        OrdinalIgnoreCase = 5
    }

    public abstract class StringComparer : System.Collections.IComparer, System.Collections.IEqualityComparer, System.Collections.Generic.IComparer<string>, System.Collections.Generic.IEqualityComparer<string>
    {
        private static StringComparer ordinal;
        private static StringComparer ordinalIgnoreCase;
        private static StringComparer culture;
        private static StringComparer cultureIgnoreCase;

        protected StringComparer() { }

        public static StringComparer Ordinal
        {
            get
            {
                if (ordinal == null) ordinal = new BuiltInStringComparer(StringComparison.Ordinal);
                return ordinal;
            }
        }

        public static StringComparer OrdinalIgnoreCase
        {
            get
            {
                if (ordinalIgnoreCase == null) ordinalIgnoreCase = new BuiltInStringComparer(StringComparison.OrdinalIgnoreCase);
                return ordinalIgnoreCase;
            }
        }

        public static StringComparer InvariantCulture
        {
            get
            {
                if (culture == null) culture = new BuiltInStringComparer(StringComparison.InvariantCulture);
                return culture;
            }
        }

        public static StringComparer InvariantCultureIgnoreCase
        {
            get
            {
                if (cultureIgnoreCase == null) cultureIgnoreCase = new BuiltInStringComparer(StringComparison.InvariantCultureIgnoreCase);
                return cultureIgnoreCase;
            }
        }

        public static StringComparer CurrentCulture { get { return InvariantCulture; } }
        public static StringComparer CurrentCultureIgnoreCase { get { return InvariantCultureIgnoreCase; } }

        public int Compare(object x, object y)
        {
            if (x == y) return 0;
            if (x == null) return -1;
            if (y == null) return 1;
            string sa = x as string;
            string sb = y as string;
            if (sa != null && sb != null) return Compare(sa, sb);
            IComparable ia = x as IComparable;
            if (ia != null) return ia.CompareTo(y);
            throw new ArgumentException("At least one object must implement IComparable.");
        }

        public new bool Equals(object x, object y)
        {
            if (x == y) return true;
            if (x == null || y == null) return false;
            string sa = x as string;
            string sb = y as string;
            if (sa != null && sb != null) return Equals(sa, sb);
            return x.Equals(y);
        }

        public int GetHashCode(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            string s = obj as string;
            if (s != null) return GetHashCode(s);
            return obj.GetHashCode();
        }

        public abstract int Compare(string x, string y);
        public abstract bool Equals(string x, string y);
        public abstract int GetHashCode(string obj);
    }

    internal sealed class BuiltInStringComparer : StringComparer
    {
        private StringComparison kind;

        internal BuiltInStringComparer(StringComparison kind) { this.kind = kind; }

        public override int Compare(string x, string y) { return string.Compare(x, y, kind); }
        public override bool Equals(string x, string y) { return string.Equals(x, y, kind); }

        public override int GetHashCode(string obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            if (kind == StringComparison.Ordinal || kind == StringComparison.InvariantCulture || kind == StringComparison.CurrentCulture) return obj.GetHashCode();
            return obj.ToUpperInvariant().GetHashCode();
        }
    }
}
