// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    [CLSCompliant(false)] public class Raw { }
    public class Box<T> where T : Raw { }
    public class Fine<T> where T : class, IComparable<T> { public T Value; }
    public class Methods { public void M<U>() where U : Raw { } }
}
