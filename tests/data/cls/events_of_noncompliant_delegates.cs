// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    [CLSCompliant(false)] public delegate void RawHandler(uint x);
    public class Source {
        public event RawHandler Raw;
        public event EventHandler Fine;
        public void Fire() { if (Raw != null) Raw(1); if (Fine != null) Fine(this, EventArgs.Empty); }
    }
}
