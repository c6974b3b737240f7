// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public sealed class CodeAttribute : Attribute { public CodeAttribute(uint code) { } }
}
