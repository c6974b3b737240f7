// test: cls
// csc-lite: pending const fields of enum type initialized from enum members
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public enum Level : short { Low = -1, Mid, High }
    [Flags] public enum Rights : byte { None = 0, Read = 1, Write = 2, All = Read | Write }
    public enum Big : long { Huge = 1L << 50 }
    public static class Limits {
        public const int Max = 100;
        public const string Name = "limits";
        public static readonly double Epsilon = 1e-9;
        public const Level Default = Level.Mid;
    }
}
