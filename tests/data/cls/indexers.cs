// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public class Table {
        public int this[int i] { get { return i; } }
        public string this[uint key] { get { return null; } }
    }
}
