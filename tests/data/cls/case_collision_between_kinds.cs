// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib { public class Shapes { public int Count; public int count() { return Count; } } }
