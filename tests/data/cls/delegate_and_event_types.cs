// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public delegate void Changed(uint oldValue);
    public delegate void Fine(int value);
    public class Source {
        public event Fine Updated;
        public void Raise() { if (Updated != null) Updated(1); }
    }
}
