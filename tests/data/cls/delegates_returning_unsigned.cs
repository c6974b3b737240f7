// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib { public delegate uint Producer(); public delegate void Consumer(int x); }
