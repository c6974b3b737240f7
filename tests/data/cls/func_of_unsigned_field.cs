// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib { public class Hooks { public Func<uint> Next; public Action<int> Fine; public Func<int, ushort> Map; } }
