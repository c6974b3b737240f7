// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib { [CLSCompliant(false)] public class Loose { [CLSCompliant(true)] public void Put(uint x) { } public void Other(uint y) { } } }
