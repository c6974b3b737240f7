// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    [CLSCompliant(false)] public struct RawPoint { public uint X; }
    public class Plot { public RawPoint[] Points; public void Draw(RawPoint[] ps) { } }
}
