// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public class Names {
        public void _Hidden() { }
        public int _count;
        private int _private;
        public int Peek() { return _private; }
    }
}
