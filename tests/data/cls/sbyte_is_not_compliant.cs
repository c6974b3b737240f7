// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib { public class Bytes { public sbyte Signed; public byte Unsigned; public void Take(sbyte s) { } } }
