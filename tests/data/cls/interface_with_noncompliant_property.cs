// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib { public interface ISized { [CLSCompliant(false)] uint Size { get; } int Count { get; } } }
