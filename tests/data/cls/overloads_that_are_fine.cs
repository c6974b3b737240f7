// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public class Math2 {
        public int Add(int a, int b) { return a + b; }
        public long Add(long a, long b) { return a + b; }
        public double Add(double a, double b) { return a + b; }
        public int Add(params int[] xs) { return 0; }
        public void Out(out int a) { a = 0; }
        public void Out(int a, int b) { }
    }
}
