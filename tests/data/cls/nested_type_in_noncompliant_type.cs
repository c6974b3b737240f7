// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    [CLSCompliant(false)]
    public class Outer {
        [CLSCompliant(true)] public class Inner { }
        public void Put(uint x) { }
    }
}
