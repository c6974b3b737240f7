// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public class Base {
        protected uint Counter;
        protected internal void Bump(ushort by) { }
    }
    public sealed class Leaf { protected ulong Unused; }
}
