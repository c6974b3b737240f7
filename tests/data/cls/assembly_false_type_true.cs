// test: cls
using System;
[assembly: CLSCompliant(false)]
namespace Lib {
    [CLSCompliant(true)] public class Claims { public void Put(uint x) { } }
    public class Other { public void Put(uint x) { } }
}
