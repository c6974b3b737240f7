// System.Convert: the conversions programs call by name (VB's code uses them for
// Char/Integer round trips), with .NET's range checks.
namespace System
{
    public static class Convert
    {
        public static char ToChar(int value)
        {
            if (value < 0 || value > 0xFFFF) throw new OverflowException("Value was either too large or too small for a character.");
            return (char)value;
        }

        public static char ToChar(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (value.Length != 1) throw new FormatException("String must be exactly one character long.");
            return value[0];
        }

        public static int ToInt32(char value) { return value; }
        public static int ToInt32(string value) { return value == null ? 0 : int.Parse(value); }
        public static int ToInt32(long value)
        {
            if (value < int.MinValue || value > int.MaxValue) throw new OverflowException("Value was either too large or too small for an Int32.");
            return (int)value;
        }
        public static int ToInt32(bool value) { return value ? 1 : 0; }
        public static int ToInt32(double value)
        {
            double r = Math.Round(value);
            if (r < int.MinValue || r > int.MaxValue) throw new OverflowException("Value was either too large or too small for an Int32.");
            return (int)r;
        }

        public static long ToInt64(string value) { return value == null ? 0 : long.Parse(value); }
        public static long ToInt64(int value) { return value; }
        public static double ToDouble(string value) { return value == null ? 0 : double.Parse(value); }
        public static double ToDouble(int value) { return value; }
        public static bool ToBoolean(int value) { return value != 0; }

        public static string ToString(int value) { return value.ToString(); }
        public static string ToString(char value) { return value.ToString(); }
        public static string ToString(double value) { return value.ToString(); }
        public static string ToString(bool value) { return value.ToString(); }

        /// <summary>`value` in base 2, 8, 10 or 16 (two's complement for negatives).</summary>
        public static string ToString(int value, int toBase)
        {
            if (toBase == 10) return value.ToString();
            if (toBase != 2 && toBase != 8 && toBase != 16) throw new ArgumentException("Invalid Base.");
            uint v = (uint)value;
            if (v == 0) return "0";
            string digits = "0123456789abcdef";
            string r = "";
            while (v != 0)
            {
                r = digits[(int)(v % (uint)toBase)] + r;
                v /= (uint)toBase;
            }
            return r;
        }
    }
}
