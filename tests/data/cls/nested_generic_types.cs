// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public class Outer<T> {
        public class Inner { public T Value; }
        public class Pair<U> { public T First; public U Second; }
    }
}
