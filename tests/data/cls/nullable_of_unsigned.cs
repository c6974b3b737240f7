// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib { public class Opt { public uint? Maybe; public int? Fine; public void Put(ulong? x) { } } }
