// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    [CLSCompliant(false)] public class Raw { }
    public class User { public Raw Get() { return null; } public void Put(Raw r) { } public Raw Field; }
}
