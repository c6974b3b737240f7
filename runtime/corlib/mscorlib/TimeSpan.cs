// System.TimeSpan: a signed count of 100-nanosecond ticks, with .NET's arithmetic
// (From* round to the millisecond) and its "[-][d.]hh:mm:ss[.fffffff]" text.
namespace System
{
    public struct TimeSpan : IComparable, IComparable<TimeSpan>, IEquatable<TimeSpan>, IFormattable
    {
        public const long TicksPerMillisecond = 10000;
        public const long TicksPerSecond = 10000000;
        public const long TicksPerMinute = 600000000;
        public const long TicksPerHour = 36000000000;
        public const long TicksPerDay = 864000000000;

        public static readonly TimeSpan Zero = new TimeSpan(0);
        public static readonly TimeSpan MaxValue = new TimeSpan(long.MaxValue);
        public static readonly TimeSpan MinValue = new TimeSpan(long.MinValue);

        private long _ticks;

        public TimeSpan(long ticks) { _ticks = ticks; }
        public TimeSpan(int hours, int minutes, int seconds) { _ticks = ToTicks(0, hours, minutes, seconds, 0); }
        public TimeSpan(int days, int hours, int minutes, int seconds) { _ticks = ToTicks(days, hours, minutes, seconds, 0); }
        public TimeSpan(int days, int hours, int minutes, int seconds, int milliseconds) { _ticks = ToTicks(days, hours, minutes, seconds, milliseconds); }

        private static long ToTicks(int days, int hours, int minutes, int seconds, int milliseconds)
        {
            long ms = ((long)days * 3600 * 24 + (long)hours * 3600 + (long)minutes * 60 + seconds) * 1000 + milliseconds;
            if (ms > long.MaxValue / TicksPerMillisecond || ms < long.MinValue / TicksPerMillisecond)
                throw new ArgumentOutOfRangeException(null, "TimeSpan overflowed because the duration is too long.");
            return ms * TicksPerMillisecond;
        }

        public long Ticks { get { return _ticks; } }
        public int Days { get { return (int)(_ticks / TicksPerDay); } }
        public int Hours { get { return (int)((_ticks / TicksPerHour) % 24); } }
        public int Minutes { get { return (int)((_ticks / TicksPerMinute) % 60); } }
        public int Seconds { get { return (int)((_ticks / TicksPerSecond) % 60); } }
        public int Milliseconds { get { return (int)((_ticks / TicksPerMillisecond) % 1000); } }
        public double TotalDays { get { return (double)_ticks / TicksPerDay; } }
        public double TotalHours { get { return (double)_ticks / TicksPerHour; } }
        public double TotalMinutes { get { return (double)_ticks / TicksPerMinute; } }
        public double TotalSeconds { get { return (double)_ticks / TicksPerSecond; } }

        public double TotalMilliseconds
        {
            get
            {
                double t = (double)_ticks / TicksPerMillisecond;
                if (t > 922337203685477) return 922337203685477;
                if (t < -922337203685477) return -922337203685477;
                return t;
            }
        }

        public TimeSpan Add(TimeSpan ts)
        {
            long result = _ticks + ts._ticks;
            if ((_ticks >> 63 == ts._ticks >> 63) && (_ticks >> 63 != result >> 63))
                throw new OverflowException("TimeSpan overflowed because the duration is too long.");
            return new TimeSpan(result);
        }

        public TimeSpan Subtract(TimeSpan ts)
        {
            long result = _ticks - ts._ticks;
            if ((_ticks >> 63 != ts._ticks >> 63) && (_ticks >> 63 != result >> 63))
                throw new OverflowException("TimeSpan overflowed because the duration is too long.");
            return new TimeSpan(result);
        }

        public TimeSpan Negate()
        {
            if (_ticks == long.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return new TimeSpan(-_ticks);
        }

        public TimeSpan Duration()
        {
            if (_ticks == long.MinValue) throw new OverflowException("The duration cannot be returned for TimeSpan.MinValue because the absolute value of TimeSpan.MinValue exceeds the value of TimeSpan.MaxValue.");
            return new TimeSpan(_ticks >= 0 ? _ticks : -_ticks);
        }

        private static TimeSpan Interval(double value, int scale)
        {
            if (double.IsNaN(value)) throw new ArgumentException("TimeSpan does not accept floating point Not-a-Number values.");
            double millis = value * scale + (value >= 0 ? 0.5 : -0.5);
            if (millis > long.MaxValue / TicksPerMillisecond || millis < long.MinValue / TicksPerMillisecond)
                throw new OverflowException("TimeSpan overflowed because the duration is too long.");
            return new TimeSpan((long)millis * TicksPerMillisecond);
        }

        public static TimeSpan FromDays(double value) { return Interval(value, 86400000); }
        public static TimeSpan FromHours(double value) { return Interval(value, 3600000); }
        public static TimeSpan FromMinutes(double value) { return Interval(value, 60000); }
        public static TimeSpan FromSeconds(double value) { return Interval(value, 1000); }
        public static TimeSpan FromMilliseconds(double value) { return Interval(value, 1); }
        public static TimeSpan FromTicks(long value) { return new TimeSpan(value); }

        public static int Compare(TimeSpan t1, TimeSpan t2)
        {
            if (t1._ticks > t2._ticks) return 1;
            if (t1._ticks < t2._ticks) return -1;
            return 0;
        }

        public int CompareTo(TimeSpan value) { return Compare(this, value); }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is TimeSpan)) throw new ArgumentException("Object must be of type TimeSpan.");
            return Compare(this, (TimeSpan)value);
        }

        public bool Equals(TimeSpan obj) { return _ticks == obj._ticks; }
        public override bool Equals(object value) { return value is TimeSpan && _ticks == ((TimeSpan)value)._ticks; }
        public static bool Equals(TimeSpan t1, TimeSpan t2) { return t1._ticks == t2._ticks; }
        public override int GetHashCode() { return (int)_ticks ^ (int)(_ticks >> 32); }

        public override string ToString()
        {
            long t = _ticks;
            string sign = "";
            ulong u = (ulong)t;
            if (t < 0)
            {
                sign = "-";
                u = (ulong)(-(t + 1)) + 1;
            }
            ulong day = u / (ulong)TicksPerDay;
            ulong rest = u % (ulong)TicksPerDay;
            string r = sign;
            if (day != 0) r = r + day.ToString() + ".";
            r = r + ((int)(rest / (ulong)TicksPerHour)).ToString("00") + ":" + ((int)(rest / (ulong)TicksPerMinute % 60)).ToString("00") + ":" + ((int)(rest / (ulong)TicksPerSecond % 60)).ToString("00");
            int fraction = (int)(rest % (ulong)TicksPerSecond);
            if (fraction != 0) r = r + "." + fraction.ToString("0000000");
            return r;
        }

        public string ToString(string format) { return ToString(format, null); }

        public string ToString(string format, IFormatProvider formatProvider)
        {
            if (format == null || format.Length == 0 || format == "c" || format == "t" || format == "T" || format == "g") return ToString();
            throw new FormatException("Input string was not in a correct format.");
        }

        public static TimeSpan operator -(TimeSpan t)
        {
            if (t._ticks == long.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return new TimeSpan(-t._ticks);
        }

        public static TimeSpan operator -(TimeSpan t1, TimeSpan t2) { return t1.Subtract(t2); }
        public static TimeSpan operator +(TimeSpan t) { return t; }
        public static TimeSpan operator +(TimeSpan t1, TimeSpan t2) { return t1.Add(t2); }
        public static bool operator ==(TimeSpan t1, TimeSpan t2) { return t1._ticks == t2._ticks; }
        public static bool operator !=(TimeSpan t1, TimeSpan t2) { return t1._ticks != t2._ticks; }
        public static bool operator <(TimeSpan t1, TimeSpan t2) { return t1._ticks < t2._ticks; }
        public static bool operator <=(TimeSpan t1, TimeSpan t2) { return t1._ticks <= t2._ticks; }
        public static bool operator >(TimeSpan t1, TimeSpan t2) { return t1._ticks > t2._ticks; }
        public static bool operator >=(TimeSpan t1, TimeSpan t2) { return t1._ticks >= t2._ticks; }
    }
}
