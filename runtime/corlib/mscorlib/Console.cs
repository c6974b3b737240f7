// System.Console and the one TextWriter behind Console.Out and Console.Error: text goes
// to the runtime's buffered standard streams (flushed at exit and before stderr output).
using System.IO;

namespace System
{
    public static class Console
    {
        private static TextWriter s_out;
        private static TextWriter s_error;

        public static TextWriter Out { get { if (s_out == null) s_out = new TextWriter(1); return s_out; } }
        public static TextWriter Error { get { if (s_error == null) s_error = new TextWriter(2); return s_error; } }

        public static string ReadLine() { return RuntimeImports.ConsoleReadLine(); }

        private static void Emit(int newline, string s)
        {
            if (s != null) RuntimeImports.ConsoleWrite(1, s);
            if (newline != 0) RuntimeImports.ConsoleWrite(1, "\n");
        }

        public static void Write(string value) { Emit(0, value); }
        public static void WriteLine(string value) { Emit(1, value); }
        public static void Write(object value) { Emit(0, value == null ? null : value.ToString()); }
        public static void WriteLine(object value) { Emit(1, value == null ? null : value.ToString()); }
        public static void Write(int value) { Emit(0, value.ToString()); }
        public static void WriteLine(int value) { Emit(1, value.ToString()); }
        public static void Write(uint value) { Emit(0, value.ToString()); }
        public static void WriteLine(uint value) { Emit(1, value.ToString()); }
        public static void Write(long value) { Emit(0, value.ToString()); }
        public static void WriteLine(long value) { Emit(1, value.ToString()); }
        public static void Write(ulong value) { Emit(0, value.ToString()); }
        public static void WriteLine(ulong value) { Emit(1, value.ToString()); }
        public static void Write(double value) { Emit(0, value.ToString()); }
        public static void WriteLine(double value) { Emit(1, value.ToString()); }
        public static void Write(float value) { Emit(0, value.ToString()); }
        public static void WriteLine(float value) { Emit(1, value.ToString()); }
        public static void Write(bool value) { Emit(0, value ? "True" : "False"); }
        public static void WriteLine(bool value) { Emit(1, value ? "True" : "False"); }
        public static void Write(char value) { Emit(0, new string(value, 1)); }
        public static void WriteLine(char value) { Emit(1, new string(value, 1)); }
        public static void Write(char[] buffer) { Emit(0, new string(buffer)); }
        public static void WriteLine(char[] buffer) { Emit(1, new string(buffer)); }
        public static void WriteLine() { Emit(1, null); }
        public static void Write(string format, object arg0) { Emit(0, string.Format(format, arg0)); }
        public static void Write(string format, object arg0, object arg1) { Emit(0, string.Format(format, arg0, arg1)); }
        public static void Write(string format, object arg0, object arg1, object arg2) { Emit(0, string.Format(format, arg0, arg1, arg2)); }
        public static void Write(string format, params object[] arg) { Emit(0, string.Format(format, arg)); }
        public static void WriteLine(string format, object arg0) { Emit(1, string.Format(format, arg0)); }
        public static void WriteLine(string format, object arg0, object arg1) { Emit(1, string.Format(format, arg0, arg1)); }
        public static void WriteLine(string format, object arg0, object arg1, object arg2) { Emit(1, string.Format(format, arg0, arg1, arg2)); }
        public static void WriteLine(string format, params object[] arg) { Emit(1, string.Format(format, arg)); }
    }
}

namespace System.IO
{
    public class TextWriter : IDisposable
    {
        private int stream;

        internal TextWriter(int stream) { this.stream = stream; }

        private void Emit(int newline, string s)
        {
            if (s != null) RuntimeImports.ConsoleWrite(stream, s);
            if (newline != 0) RuntimeImports.ConsoleWrite(stream, "\n");
        }

        public void Flush() { }
        public void Dispose() { }

        public void Write(string value) { Emit(0, value); }
        public void WriteLine(string value) { Emit(1, value); }
        public void Write(object value) { Emit(0, value == null ? null : value.ToString()); }
        public void WriteLine(object value) { Emit(1, value == null ? null : value.ToString()); }
        public void Write(int value) { Emit(0, value.ToString()); }
        public void WriteLine(int value) { Emit(1, value.ToString()); }
        public void Write(uint value) { Emit(0, value.ToString()); }
        public void WriteLine(uint value) { Emit(1, value.ToString()); }
        public void Write(long value) { Emit(0, value.ToString()); }
        public void WriteLine(long value) { Emit(1, value.ToString()); }
        public void Write(ulong value) { Emit(0, value.ToString()); }
        public void WriteLine(ulong value) { Emit(1, value.ToString()); }
        public void Write(double value) { Emit(0, value.ToString()); }
        public void WriteLine(double value) { Emit(1, value.ToString()); }
        public void Write(float value) { Emit(0, value.ToString()); }
        public void WriteLine(float value) { Emit(1, value.ToString()); }
        public void Write(bool value) { Emit(0, value ? "True" : "False"); }
        public void WriteLine(bool value) { Emit(1, value ? "True" : "False"); }
        public void Write(char value) { Emit(0, new string(value, 1)); }
        public void WriteLine(char value) { Emit(1, new string(value, 1)); }
        public void Write(char[] buffer) { Emit(0, new string(buffer)); }
        public void WriteLine(char[] buffer) { Emit(1, new string(buffer)); }
        public void WriteLine() { Emit(1, null); }
        public void Write(string format, object arg0) { Emit(0, string.Format(format, arg0)); }
        public void Write(string format, object arg0, object arg1) { Emit(0, string.Format(format, arg0, arg1)); }
        public void Write(string format, object arg0, object arg1, object arg2) { Emit(0, string.Format(format, arg0, arg1, arg2)); }
        public void Write(string format, params object[] arg) { Emit(0, string.Format(format, arg)); }
        public void WriteLine(string format, object arg0) { Emit(1, string.Format(format, arg0)); }
        public void WriteLine(string format, object arg0, object arg1) { Emit(1, string.Format(format, arg0, arg1)); }
        public void WriteLine(string format, object arg0, object arg1, object arg2) { Emit(1, string.Format(format, arg0, arg1, arg2)); }
        public void WriteLine(string format, params object[] arg) { Emit(1, string.Format(format, arg)); }
    }
}
