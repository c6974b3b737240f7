// test: cls
// csc-lite: pending array-valued attribute arguments
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    [AttributeUsage(AttributeTargets.All)]
    public sealed class TagsAttribute : Attribute { public TagsAttribute(int[] values) { } public TagsAttribute(string one) { } }
    [Tags(new int[] { 1, 2 })] public class Tagged { }
    [Tags("x")] public class Fine { }
}
