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

        public static string ToString(long value) { return value.ToString(); }
        public static string ToString(float value) { return value.ToString(); }
        public static string ToString(object value) { return value == null ? "" : value.ToString(); }
        public static string ToString(int value, IFormatProvider provider) { return value.ToString(); }
        public static string ToString(double value, IFormatProvider provider) { return value.ToString(); }

        public static int ToInt32(short value) { return value; }
        public static int ToInt32(byte value) { return value; }
        public static int ToInt32(int value) { return value; }
        public static int ToInt32(float value) { return ToInt32((double)value); }

        public static int ToInt32(uint value)
        {
            if (value > int.MaxValue) throw new OverflowException("Value was either too large or too small for an Int32.");
            return (int)value;
        }

        public static int ToInt32(string value, IFormatProvider provider) { return value == null ? 0 : int.Parse(value); }

        public static int ToInt32(object value)
        {
            if (value == null) return 0;
            string s = value as string;
            if (s != null) return int.Parse(s);
            return ToInt32(ToDouble(value));
        }

        /// <summary>`value` read in base 2, 8, 10 or 16 (the bits of a 32-bit integer).</summary>
        public static int ToInt32(string value, int fromBase)
        {
            if (fromBase != 2 && fromBase != 8 && fromBase != 10 && fromBase != 16) throw new ArgumentException("Invalid Base.");
            if (value == null) return 0;
            if (fromBase == 10) return int.Parse(value);
            string t = value;
            if (fromBase == 16 && t.Length > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X')) t = t.Substring(2);
            if (t.Length == 0) throw new ArgumentOutOfRangeException("value", "String cannot be of zero length.");
            ulong v = 0;
            for (int i = 0; i < t.Length; i++)
            {
                int d = System.Globalization.NumberParsing.HexDigit(t[i]);
                if (d < 0 || d >= fromBase) throw new FormatException("Could not find any recognizable digits.");
                v = v * (ulong)fromBase + (ulong)d;
                if (v > uint.MaxValue) throw new OverflowException("Value was either too large or too small for an Int32.");
            }
            return (int)(uint)v;
        }

        public static long ToInt64(double value)
        {
            double r = Math.Round(value);
            if (r < -9.2233720368547758E+18 || r >= 9.2233720368547758E+18) throw new OverflowException("Value was either too large or too small for an Int64.");
            return (long)r;
        }

        public static long ToInt64(long value) { return value; }
        public static long ToInt64(object value) { return value == null ? 0 : (value is long ? (long)value : ToInt64(ToDouble(value))); }

        public static short ToInt16(int value)
        {
            if (value < short.MinValue || value > short.MaxValue) throw new OverflowException("Value was either too large or too small for an Int16.");
            return (short)value;
        }

        public static short ToInt16(string value) { return value == null ? (short)0 : short.Parse(value); }

        public static byte ToByte(int value)
        {
            if (value < 0 || value > 255) throw new OverflowException("Value was either too large or too small for an unsigned byte.");
            return (byte)value;
        }

        public static byte ToByte(string value) { return value == null ? (byte)0 : byte.Parse(value); }
        public static byte ToByte(char value) { return ToByte((int)value); }

        public static double ToDouble(long value) { return value; }
        public static double ToDouble(float value) { return value; }
        public static double ToDouble(double value) { return value; }
        public static double ToDouble(string value, IFormatProvider provider) { return ToDouble(value); }

        public static double ToDouble(object value)
        {
            if (value == null) return 0;
            if (value is double) return (double)value;
            if (value is int) return (int)value;
            if (value is long) return (long)value;
            if (value is float) return (float)value;
            if (value is short) return (short)value;
            if (value is byte) return (byte)value;
            if (value is sbyte) return (sbyte)value;
            if (value is ushort) return (ushort)value;
            if (value is uint) return (uint)value;
            if (value is ulong) return (ulong)value;
            if (value is bool) return (bool)value ? 1 : 0;
            string s = value as string;
            if (s != null) return double.Parse(s);
            throw new InvalidCastException("Unable to cast object of type '" + value.GetType().FullName + "' to type 'System.IConvertible'.");
        }

        public static float ToSingle(double value) { return (float)value; }
        public static float ToSingle(string value) { return value == null ? 0 : float.Parse(value); }

        public static bool ToBoolean(string value) { return value != null && bool.Parse(value); }
        public static bool ToBoolean(double value) { return value != 0; }
        public static bool ToBoolean(bool value) { return value; }

        public static bool ToBoolean(object value)
        {
            if (value == null) return false;
            if (value is bool) return (bool)value;
            string s = value as string;
            if (s != null) return bool.Parse(s);
            return ToDouble(value) != 0;
        }

        public static char ToChar(object value)
        {
            if (value == null) return '\0';
            if (value is char) return (char)value;
            string s = value as string;
            if (s != null) return ToChar(s);
            return ToChar(ToInt32(value));
        }

        /// <summary>`value` in base 2, 8, 10 or 16 (two's complement for negatives).</summary>
        public static string ToString(long value, int toBase)
        {
            if (toBase == 10) return value.ToString();
            if (toBase != 2 && toBase != 8 && toBase != 16) throw new ArgumentException("Invalid Base.");
            ulong v = (ulong)value;
            if (v == 0) return "0";
            string digits = "0123456789abcdef";
            string r = "";
            while (v != 0)
            {
                r = digits[(int)(v % (ulong)toBase)] + r;
                v /= (ulong)toBase;
            }
            return r;
        }

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
