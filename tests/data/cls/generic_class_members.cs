// test: cls
using System;
using System.Collections.Generic;
[assembly: CLSCompliant(true)]
namespace Lib { public class Cache<K, V> { public Dictionary<K, uint> Hits; public V Get(K key) { return default(V); } public void Trim(ushort keep) { } } }
