// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public class Mixed {
        [CLSCompliant(false)] public void Put(uint x) { }
        [CLSCompliant(false)] public ulong Big;
        public void Put(int x) { }
    }
    [CLSCompliant(false)] public class Unchecked { public void Any(uint x, ushort y) { } }
}
