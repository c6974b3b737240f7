// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public class Over {
        public void A(int[] a) { }
        public void A(int[,] a) { }
        public void B(int x) { }
        public void B(ref int x) { }
        public void C(int x) { }
        public void C(long x) { }
    }
}
