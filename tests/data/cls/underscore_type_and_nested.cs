// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib { public class _Hidden { } public class Outer { public class _Inner { } } }
