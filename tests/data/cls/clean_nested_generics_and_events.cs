// test: cls
using System;
using System.Collections.Generic;
[assembly: CLSCompliant(true)]
namespace Lib {
    public class Registry<TKey, TValue> {
        public class Entry { public TKey Key; public TValue Value; }
        public event EventHandler<EventArgs> Added;
        readonly List<Entry> entries = new List<Entry>();
        public void Add(TKey k, TValue v) { entries.Add(new Entry { Key = k, Value = v }); if (Added != null) Added(this, EventArgs.Empty); }
        public IList<Entry> Entries { get { return entries; } }
    }
}
