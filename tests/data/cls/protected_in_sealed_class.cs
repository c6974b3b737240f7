// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib { public sealed class Final { protected uint Counter; public int Value; } public class Open { protected uint Counter; } }
