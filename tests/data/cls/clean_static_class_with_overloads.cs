// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public static class Format {
        public static string Pad(string s) { return Pad(s, 8); }
        public static string Pad(string s, int width) { return s.PadLeft(width); }
        public static string Pad(string s, int width, char fill) { return s.PadLeft(width, fill); }
        public static string Join(string sep, params object[] parts) { return string.Join(sep, parts); }
        public static bool TryRead(string s, out int value) { return int.TryParse(s, out value); }
    }
}
