// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    internal class Hidden { public void Put(uint x) { } public void put(int y) { } }
    public class Visible {
        private void P(uint a) { }
        internal uint Q() { return 0; }
        protected internal int R(int a) { return a; }
        public class Nested { public ushort Port; }
        private class Secret { public uint Key; }
    }
}
