// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public class Holder {
        public sbyte Small;
        public ushort Port { get { return 0; } set { } }
        public int Count;
        private uint hidden;
        internal ulong alsoHidden;
        public int Use() { return (int)hidden + (int)alsoHidden; }
    }
}
