// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib { public class Handles { public IntPtr Handle; public UIntPtr Size; public void Set(UIntPtr p) { } } }
