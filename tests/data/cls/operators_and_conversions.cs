// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public struct Meters {
        public double Value;
        public static Meters operator +(Meters a, Meters b) { Meters m; m.Value = a.Value + b.Value; return m; }
        public static implicit operator double(Meters m) { return m.Value; }
        public static explicit operator uint(Meters m) { return (uint)m.Value; }
    }
}
