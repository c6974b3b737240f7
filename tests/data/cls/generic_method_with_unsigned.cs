// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib { public class Gen { public T Echo<T>(T x, uint n) { return x; } public T Keep<T>(T x) { return x; } } }
