// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib { public static class Consts { public const uint Max = 10; public static readonly ulong Big = 5; public const int Fine = 3; public static ushort Get() { return 0; } } }
