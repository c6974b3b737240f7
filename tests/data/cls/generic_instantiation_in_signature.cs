// test: cls
using System;
using System.Collections.Generic;
[assembly: CLSCompliant(true)]
namespace Lib {
    public class Lists {
        public List<uint> Bad() { return null; }
        public void Take(Dictionary<string, ushort> map) { }
        public List<int> Good() { return null; }
        public IEnumerable<KeyValuePair<string, long>> Pairs() { return null; }
    }
}
