// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib { public class Made { public Made(uint seed) { } public Made(int seed) { } protected Made(ushort a, ushort b) { } } }
