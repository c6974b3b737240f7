// System.DateTime: ticks since 0001-01-01 and a DateTimeKind, the proleptic Gregorian
// calendar of .NET, and the invariant culture's standard and custom formats ("G" is
// "MM/dd/yyyy HH:mm:ss"). Local time is UTC here: clr-lite reads no time zone.
using System.Text;

namespace System
{
    public enum DayOfWeek
    {
        Sunday = 0,
        Monday = 1,
        Tuesday = 2,
        Wednesday = 3,
        Thursday = 4,
        Friday = 5,
        Saturday = 6
    }

    public struct DateTime : IComparable, IFormattable, IComparable<DateTime>, IEquatable<DateTime>
    {
        private const long TicksPerMillisecond = 10000;
        private const long TicksPerSecond = 10000000;
        private const long TicksPerMinute = 600000000;
        private const long TicksPerHour = 36000000000;
        private const long TicksPerDay = 864000000000;
        private const long MaxTicks = 3155378975999999999;

        public static readonly DateTime MinValue = new DateTime(0, DateTimeKind.Unspecified);
        public static readonly DateTime MaxValue = new DateTime(MaxTicks, DateTimeKind.Unspecified);

        private long ticks;
        private DateTimeKind kind;

        public DateTime(long ticks) : this(ticks, DateTimeKind.Unspecified) { }

        public DateTime(long ticks, DateTimeKind kind)
        {
            if (ticks < 0 || ticks > MaxTicks) throw new ArgumentOutOfRangeException("ticks", "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.");
            this.ticks = ticks;
            this.kind = kind;
        }

        public DateTime(int year, int month, int day) : this(GregorianMath.DateToTicks(year, month, day), DateTimeKind.Unspecified) { }

        public DateTime(int year, int month, int day, int hour, int minute, int second) : this(year, month, day, hour, minute, second, 0, DateTimeKind.Unspecified) { }

        public DateTime(int year, int month, int day, int hour, int minute, int second, DateTimeKind kind) : this(year, month, day, hour, minute, second, 0, kind) { }

        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond) : this(year, month, day, hour, minute, second, millisecond, DateTimeKind.Unspecified) { }

        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, DateTimeKind kind)
        {
            if (millisecond < 0 || millisecond >= 1000) throw new ArgumentOutOfRangeException("millisecond", "Valid values are between 0 and 999, inclusive.");
            ticks = GregorianMath.DateToTicks(year, month, day) + GregorianMath.TimeToTicks(hour, minute, second) + millisecond * TicksPerMillisecond;
            this.kind = kind;
        }

        public static DateTime UtcNow { get { return new DateTime(RuntimeImports.UtcNowTicks(), DateTimeKind.Utc); } }
        public static DateTime Now { get { return new DateTime(RuntimeImports.UtcNowTicks(), DateTimeKind.Local); } }
        public static DateTime Today { get { return Now.Date; } }

        public long Ticks { get { return ticks; } }
        public DateTimeKind Kind { get { return kind; } }
        public int Year { get { return GregorianMath.DatePart(ticks, 0); } }
        public int Month { get { return GregorianMath.DatePart(ticks, 2); } }
        public int Day { get { return GregorianMath.DatePart(ticks, 3); } }
        public int DayOfYear { get { return GregorianMath.DatePart(ticks, 1); } }
        public int Hour { get { return (int)((ticks / TicksPerHour) % 24); } }
        public int Minute { get { return (int)((ticks / TicksPerMinute) % 60); } }
        public int Second { get { return (int)((ticks / TicksPerSecond) % 60); } }
        public int Millisecond { get { return (int)((ticks / TicksPerMillisecond) % 1000); } }
        public DayOfWeek DayOfWeek { get { return (DayOfWeek)((int)((ticks / TicksPerDay + 1) % 7)); } }
        public DateTime Date { get { return new DateTime(ticks - ticks % TicksPerDay, kind); } }
        public TimeSpan TimeOfDay { get { return new TimeSpan(ticks % TicksPerDay); } }

        public static bool IsLeapYear(int year)
        {
            if (year < 1 || year > 9999) throw new ArgumentOutOfRangeException("year", "Year must be between 1 and 9999.");
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        }

        public static int DaysInMonth(int year, int month)
        {
            if (month < 1 || month > 12) throw new ArgumentOutOfRangeException("month", "Month must be between one and twelve.");
            int[] days = IsLeapYear(year) ? GregorianMath.DaysToMonth366 : GregorianMath.DaysToMonth365;
            return days[month] - days[month - 1];
        }

        public DateTime AddTicks(long value)
        {
            long t = ticks + value;
            if (t < 0 || t > MaxTicks) throw new ArgumentOutOfRangeException("value", "The added or subtracted value results in an un-representable DateTime.");
            return new DateTime(t, kind);
        }

        private DateTime AddScaled(double value, int scale)
        {
            double millis = value * scale + (value >= 0 ? 0.5 : -0.5);
            if (millis <= -315537897600000.0 || millis >= 315537897600000.0) throw new ArgumentOutOfRangeException("value", "Value to add was out of range.");
            return AddTicks((long)millis * TicksPerMillisecond);
        }

        public DateTime AddMilliseconds(double value) { return AddScaled(value, 1); }
        public DateTime AddSeconds(double value) { return AddScaled(value, 1000); }
        public DateTime AddMinutes(double value) { return AddScaled(value, 60000); }
        public DateTime AddHours(double value) { return AddScaled(value, 3600000); }
        public DateTime AddDays(double value) { return AddScaled(value, 86400000); }
        public DateTime Add(TimeSpan value) { return AddTicks(value.Ticks); }

        public DateTime AddMonths(int months)
        {
            if (months < -120000 || months > 120000) throw new ArgumentOutOfRangeException("months", "Months value must be between +/-120000.");
            int y = Year;
            int m = Month;
            int d = Day;
            int i = m - 1 + months;
            if (i >= 0)
            {
                m = i % 12 + 1;
                y = y + i / 12;
            }
            else
            {
                m = 12 + (i + 1) % 12;
                y = y + (i - 11) / 12;
            }
            if (y < 1 || y > 9999) throw new ArgumentOutOfRangeException("months", "The added or subtracted value results in an un-representable DateTime.");
            int dim = DaysInMonth(y, m);
            if (d > dim) d = dim;
            return new DateTime(GregorianMath.DateToTicks(y, m, d) + ticks % TicksPerDay, kind);
        }

        public DateTime AddYears(int value)
        {
            if (value < -10000 || value > 10000) throw new ArgumentOutOfRangeException("years", "Years value must be between +/-10000.");
            return AddMonths(value * 12);
        }

        public TimeSpan Subtract(DateTime value) { return new TimeSpan(ticks - value.ticks); }
        public DateTime Subtract(TimeSpan value) { return AddTicks(-value.Ticks); }

        public DateTime ToUniversalTime() { return new DateTime(ticks, DateTimeKind.Utc); }
        public DateTime ToLocalTime() { return new DateTime(ticks, DateTimeKind.Local); }
        public static DateTime SpecifyKind(DateTime value, DateTimeKind kind) { return new DateTime(value.ticks, kind); }

        public static int Compare(DateTime t1, DateTime t2)
        {
            if (t1.ticks > t2.ticks) return 1;
            if (t1.ticks < t2.ticks) return -1;
            return 0;
        }

        public int CompareTo(DateTime value) { return Compare(this, value); }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is DateTime)) throw new ArgumentException("Object must be of type DateTime.");
            return Compare(this, (DateTime)value);
        }

        public bool Equals(DateTime value) { return ticks == value.ticks; }
        public override bool Equals(object value) { return value is DateTime && ticks == ((DateTime)value).ticks; }
        public static bool Equals(DateTime t1, DateTime t2) { return t1.ticks == t2.ticks; }
        public override int GetHashCode() { return (int)ticks ^ (int)(ticks >> 32); }

        public override string ToString() { return ToString("G", null); }
        public string ToString(string format) { return ToString(format, null); }
        public string ToString(IFormatProvider provider) { return ToString("G", provider); }
        public string ToString(string format, IFormatProvider provider) { return DateFormat.Format(this, format); }

        public string ToShortDateString() { return ToString("d"); }
        public string ToLongDateString() { return ToString("D"); }
        public string ToShortTimeString() { return ToString("t"); }
        public string ToLongTimeString() { return ToString("T"); }

        public static DateTime operator +(DateTime d, TimeSpan t) { return d.AddTicks(t.Ticks); }
        public static DateTime operator -(DateTime d, TimeSpan t) { return d.AddTicks(-t.Ticks); }
        public static TimeSpan operator -(DateTime d1, DateTime d2) { return new TimeSpan(d1.ticks - d2.ticks); }
        public static bool operator ==(DateTime d1, DateTime d2) { return d1.ticks == d2.ticks; }
        public static bool operator !=(DateTime d1, DateTime d2) { return d1.ticks != d2.ticks; }
        public static bool operator <(DateTime t1, DateTime t2) { return t1.ticks < t2.ticks; }
        public static bool operator <=(DateTime t1, DateTime t2) { return t1.ticks <= t2.ticks; }
        public static bool operator >(DateTime t1, DateTime t2) { return t1.ticks > t2.ticks; }
        public static bool operator >=(DateTime t1, DateTime t2) { return t1.ticks >= t2.ticks; }
    }

    // The Gregorian calendar arithmetic of .NET's DateTime.
    internal static class GregorianMath
    {
        internal static readonly int[] DaysToMonth365 = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 };
        internal static readonly int[] DaysToMonth366 = { 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366 };

        internal static long DateToTicks(int year, int month, int day)
        {
            if (year < 1 || year > 9999 || month < 1 || month > 12)
                throw new ArgumentOutOfRangeException(null, "Year, Month, and Day parameters describe an un-representable DateTime.");
            int[] days = DateTime.IsLeapYear(year) ? DaysToMonth366 : DaysToMonth365;
            if (day < 1 || day > days[month] - days[month - 1])
                throw new ArgumentOutOfRangeException(null, "Year, Month, and Day parameters describe an un-representable DateTime.");
            int y = year - 1;
            long n = (long)y * 365 + y / 4 - y / 100 + y / 400 + days[month - 1] + day - 1;
            return n * 864000000000;
        }

        internal static long TimeToTicks(int hour, int minute, int second)
        {
            if (hour < 0 || hour >= 24 || minute < 0 || minute >= 60 || second < 0 || second >= 60)
                throw new ArgumentOutOfRangeException(null, "Hour, Minute, and Second parameters describe an un-representable DateTime.");
            return ((long)hour * 3600 + (long)minute * 60 + second) * 10000000;
        }

        // part 0: year, 1: day of year, 2: month, 3: day.
        internal static int DatePart(long ticks, int part)
        {
            int n = (int)(ticks / 864000000000);
            int y400 = n / 146097;
            n -= y400 * 146097;
            int y100 = n / 36524;
            if (y100 == 4) y100 = 3;
            n -= y100 * 36524;
            int y4 = n / 1461;
            n -= y4 * 1461;
            int y1 = n / 365;
            if (y1 == 4) y1 = 3;
            if (part == 0) return y400 * 400 + y100 * 100 + y4 * 4 + y1 + 1;
            n -= y1 * 365;
            if (part == 1) return n + 1;
            bool leap = y1 == 3 && (y4 != 24 || y100 == 3);
            int[] days = leap ? DaysToMonth366 : DaysToMonth365;
            int m = (n >> 5) + 1;
            while (n >= days[m]) m++;
            if (part == 2) return m;
            return n - days[m - 1] + 1;
        }
    }

    // Invariant-culture date formatting: the standard one-letter formats expand to their
    // patterns; patterns are read as .NET's custom date format specifiers.
    internal static class DateFormat
    {
        private static readonly string[] DayNames = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
        private static readonly string[] MonthNames = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

        private static string Expand(string format)
        {
            if (format.Length != 1) return format;
            switch (format[0])
            {
                case 'd': return "MM/dd/yyyy";
                case 'D': return "dddd, dd MMMM yyyy";
                case 'f': return "dddd, dd MMMM yyyy HH:mm";
                case 'F': return "dddd, dd MMMM yyyy HH:mm:ss";
                case 'g': return "MM/dd/yyyy HH:mm";
                case 'G': return "MM/dd/yyyy HH:mm:ss";
                case 'm':
                case 'M': return "MMMM dd";
                case 'o':
                case 'O': return "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK";
                case 'r':
                case 'R': return "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'";
                case 's': return "yyyy'-'MM'-'dd'T'HH':'mm':'ss";
                case 't': return "HH:mm";
                case 'T': return "HH:mm:ss";
                case 'u': return "yyyy'-'MM'-'dd HH':'mm':'ss'Z'";
                case 'y':
                case 'Y': return "yyyy MMMM";
            }
            throw new FormatException("Input string was not in a correct format.");
        }

        private static string Pad(int value, int width)
        {
            string s = value.ToString();
            while (s.Length < width) s = "0" + s;
            return s;
        }

        internal static string Format(DateTime dt, string format)
        {
            if (format == null || format.Length == 0) format = "G";
            string f = Expand(format);
            StringBuilder sb = new StringBuilder();
            int i = 0;
            while (i < f.Length)
            {
                char c = f[i];
                int n = 1;
                while (i + n < f.Length && f[i + n] == c) n++;
                switch (c)
                {
                    case 'y':
                        if (n <= 2) sb.Append(Pad(dt.Year % 100, n));
                        else sb.Append(Pad(dt.Year, n));
                        break;
                    case 'M':
                        if (n <= 2) sb.Append(Pad(dt.Month, n));
                        else if (n == 3) sb.Append(MonthNames[dt.Month - 1].Substring(0, 3));
                        else sb.Append(MonthNames[dt.Month - 1]);
                        break;
                    case 'd':
                        if (n <= 2) sb.Append(Pad(dt.Day, n));
                        else if (n == 3) sb.Append(DayNames[(int)dt.DayOfWeek].Substring(0, 3));
                        else sb.Append(DayNames[(int)dt.DayOfWeek]);
                        break;
                    case 'h':
                        int h12 = dt.Hour % 12;
                        sb.Append(Pad(h12 == 0 ? 12 : h12, n > 2 ? 2 : n));
                        break;
                    case 'H': sb.Append(Pad(dt.Hour, n > 2 ? 2 : n)); break;
                    case 'm': sb.Append(Pad(dt.Minute, n > 2 ? 2 : n)); break;
                    case 's': sb.Append(Pad(dt.Second, n > 2 ? 2 : n)); break;
                    case 'f':
                    case 'F':
                        string frac = Pad((int)(dt.Ticks % 10000000), 7).Substring(0, n > 7 ? 7 : n);
                        if (c == 'F') frac = frac.TrimEnd('0');
                        sb.Append(frac);
                        break;
                    case 't':
                        string ampm = dt.Hour < 12 ? "AM" : "PM";
                        sb.Append(n == 1 ? ampm.Substring(0, 1) : ampm);
                        break;
                    case 'K':
                        if (dt.Kind == DateTimeKind.Utc) sb.Append('Z');
                        else if (dt.Kind == DateTimeKind.Local) sb.Append("+00:00");
                        break;
                    case '\'':
                    case '"':
                        int end = f.IndexOf(c, i + 1);
                        if (end < 0) throw new FormatException("Cannot find a matching quote character for the character '" + c + "'.");
                        sb.Append(f.Substring(i + 1, end - i - 1));
                        n = end - i + 1;
                        break;
                    case '\\':
                        if (i + 1 < f.Length) sb.Append(f[i + 1]);
                        n = 2;
                        break;
                    default:
                        sb.Append(c, n);
                        break;
                }
                i += n;
            }
            return sb.ToString();
        }
    }
}
