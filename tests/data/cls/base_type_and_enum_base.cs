// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    [CLSCompliant(false)] public class Legacy { }
    public class Modern : Legacy { }
    public enum Wide : uint { A, B }
    public enum Narrow : byte { A, B }
}
