// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public static class Parse {
        public static bool TryParse(string s, out uint value) { value = 0; return true; }
        public static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }
        public static uint[] Many() { return null; }
    }
}
