// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public class Api {
        public void Put(uint x) { }
        public ulong Get() { return 0; }
        public void Fine(byte b, short s, int i, long l, float f, double d, char c, bool o, string t) { }
    }
}
