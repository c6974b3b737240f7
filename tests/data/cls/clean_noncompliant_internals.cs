// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public class Hashing {
        uint state;
        internal ulong Raw() { return state; }
        private static ushort Fold(uint x) { return (ushort)x; }
        public int Hash(string s) { foreach (char c in s) state = state * 31 + c; return (int)state; }
        [CLSCompliant(false)] public uint RawState { get { return state; } }
    }
}
