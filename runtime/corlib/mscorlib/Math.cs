// System.Math: the elementary functions are internal calls (libm); the rest is C#.

namespace System
{
    public static class Math
    {
        public const double PI = 3.14159265358979323846;
        public const double E = 2.7182818284590452354;

        private static bool IsNaNd(double d) { return double.IsNaN(d); }

        public static int Abs(int value) { if (value < 0) { if (value == int.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid."); return -value; } return value; }
        public static long Abs(long value) { if (value < 0) { if (value == long.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid."); return -value; } return value; }
        public static short Abs(short value) { return (short)Abs((int)value); }
        public static sbyte Abs(sbyte value) { return (sbyte)Abs((int)value); }
        public static double Abs(double value) { return value < 0 ? -value : (value == 0 ? 0.0 : value); }
        public static float Abs(float value) { return value < 0 ? -value : (value == 0 ? 0.0f : value); }

        public static int Max(int a, int b) { return a > b ? a : b; }
        public static long Max(long a, long b) { return a > b ? a : b; }
        public static uint Max(uint a, uint b) { return a > b ? a : b; }
        public static ulong Max(ulong a, ulong b) { return a > b ? a : b; }
        public static byte Max(byte a, byte b) { return a > b ? a : b; }
        public static short Max(short a, short b) { return a > b ? a : b; }
        public static double Max(double a, double b) { if (IsNaNd(a)) return a; return a > b ? a : b; }
        public static float Max(float a, float b) { if (IsNaNd(a)) return a; return a > b ? a : b; }
        public static int Min(int a, int b) { return a < b ? a : b; }
        public static long Min(long a, long b) { return a < b ? a : b; }
        public static uint Min(uint a, uint b) { return a < b ? a : b; }
        public static ulong Min(ulong a, ulong b) { return a < b ? a : b; }
        public static byte Min(byte a, byte b) { return a < b ? a : b; }
        public static short Min(short a, short b) { return a < b ? a : b; }
        public static double Min(double a, double b) { if (IsNaNd(a)) return a; return a < b ? a : b; }
        public static float Min(float a, float b) { if (IsNaNd(a)) return a; return a < b ? a : b; }

        public static int Sign(int value) { return value < 0 ? -1 : (value > 0 ? 1 : 0); }
        public static int Sign(long value) { return value < 0 ? -1 : (value > 0 ? 1 : 0); }
        public static int Sign(double value)
        {
            if (IsNaNd(value)) throw new ArithmeticException("Function does not accept floating point Not-a-Number values.");
            return value < 0 ? -1 : (value > 0 ? 1 : 0);
        }

        public static double Sqrt(double d) { return RuntimeImports.Sqrt(d); }
        public static double Floor(double d) { return RuntimeImports.Floor(d); }
        public static double Ceiling(double a) { return RuntimeImports.Ceiling(a); }
        public static double Round(double a) { return RuntimeImports.Round(a); }

        public static double Round(double value, int digits)
        {
            double p = Pow(10, digits);
            return Round(value * p) / p;
        }

        public static double Truncate(double d) { return RuntimeImports.Truncate(d); }
        public static double Pow(double x, double y) { return RuntimeImports.Pow(x, y); }
        public static double Exp(double d) { return RuntimeImports.Exp(d); }
        public static double Log(double d) { return RuntimeImports.Log(d); }
        public static double Log(double a, double newBase) { return Log(a) / Log(newBase); }
        public static double Log10(double d) { return RuntimeImports.Log10(d); }
        public static double Sin(double a) { return RuntimeImports.Sin(a); }
        public static double Cos(double d) { return RuntimeImports.Cos(d); }
        public static double Tan(double a) { return RuntimeImports.Tan(a); }
        public static double Atan(double d) { return RuntimeImports.Atan(d); }
        public static double Atan2(double y, double x) { return RuntimeImports.Atan2(y, x); }
        public static double Asin(double d) { return RuntimeImports.Asin(d); }
        public static double Acos(double d) { return RuntimeImports.Acos(d); }

        public static double Round(double value, MidpointRounding mode) { return Round(value, 0, mode); }

        public static double Round(double value, int digits, MidpointRounding mode)
        {
            if (digits < 0 || digits > 15) throw new ArgumentOutOfRangeException("digits", "Rounding digits must be between 0 and 15, inclusive.");
            if (mode != MidpointRounding.ToEven && mode != MidpointRounding.AwayFromZero)
                throw new ArgumentException("The value '" + (int)mode + "' is not valid for this usage of the type MidpointRounding.", "mode");
            if (mode == MidpointRounding.ToEven) return Round(value, digits);
            double p = Pow(10, digits);
            double scaled = value * p;
            double whole = Truncate(scaled);
            double fraction = scaled - whole;
            if (Abs(fraction) >= 0.5) whole += Sign(fraction);
            return whole / p;
        }

        public static double Sinh(double value) { double e = Exp(value); return (e - 1 / e) / 2; }
        public static double Cosh(double value) { double e = Exp(value); return (e + 1 / e) / 2; }

        public static double Tanh(double value)
        {
            if (value > 20) return 1;
            if (value < -20) return -1;
            double e = Exp(2 * value);
            return (e - 1) / (e + 1);
        }

        public static double IEEERemainder(double x, double y)
        {
            if (IsNaNd(x) || IsNaNd(y) || y == 0) return double.NaN;
            double q = Round(x / y);
            return x - q * y;
        }

        public static int Sign(float value) { return Sign((double)value); }
        public static int Sign(short value) { return Sign((int)value); }
        public static int Sign(sbyte value) { return Sign((int)value); }
        public static sbyte Max(sbyte a, sbyte b) { return a >= b ? a : b; }
        public static sbyte Min(sbyte a, sbyte b) { return a <= b ? a : b; }
        public static ushort Max(ushort a, ushort b) { return a >= b ? a : b; }
        public static ushort Min(ushort a, ushort b) { return a <= b ? a : b; }
        public static long DivRem(long a, long b, out long result) { result = a % b; return a / b; }

        public static int DivRem(int a, int b, out int result) { result = a % b; return a / b; }
        public static long BigMul(int a, int b) { return (long)a * b; }
    }

    public enum MidpointRounding
    {
        ToEven = 0,
        AwayFromZero = 1
    }

    public static class Environment
    {
        public static string NewLine { get { return "\n"; } }

        public static int TickCount { get { return RuntimeImports.TickCount(); } }

        // The process's exit code when Main returns void (Main's own int wins otherwise).
        public static int ExitCode { get { return RuntimeImports.GetExitCode(); } set { RuntimeImports.SetExitCode(value); } }

        public static int ProcessorCount { get { return 1; } }

        public static void Exit(int exitCode) { RuntimeImports.Exit(exitCode); }

        public static string[] GetCommandLineArgs() { return RuntimeImports.CommandLineArgs(); }
    }
}
