// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib { internal class Host { public class Nested { public uint Bad; } } public class Shown { internal class Hidden { public uint Bad; } } }
