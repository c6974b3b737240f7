// test: cls
// args: -unsafe
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public unsafe class Native {
        public void Fill(byte* buffer, int length) { }
        public int* Find() { return null; }
        private void Internal(int* p) { }
    }
}
