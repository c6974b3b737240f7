// test: cls
// beyond-mcs: CS3009
using System;
[assembly: CLSCompliant(true)]
namespace Lib { public enum A : byte { X } public enum B : short { X } public enum C : int { X } public enum D : long { X } public enum E : ushort { X } public enum F : sbyte { X } }
