// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib { public class Arrays { public ushort[] A; public uint[][] B() { return null; } public void C(ulong[,] m) { } public byte[] Fine; } }
