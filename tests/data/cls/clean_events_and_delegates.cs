// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public delegate int Transform(int value);
    public class TickArgs : EventArgs { public long Ticks; }
    public class Clock {
        public event EventHandler<TickArgs> Tick;
        public event Transform Mapped;
        public Func<string, bool> Filter;
        public Action<int, string> Log;
        protected virtual void OnTick(TickArgs e) { var h = Tick; if (h != null) h(this, e); }
        public int Map(int v) { return Mapped != null ? Mapped(v) : v; }
    }
}
