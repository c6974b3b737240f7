// test: cls
// csc-lite: pending typeof() in named attribute arguments
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    [Serializable] public class ParseError : Exception {
        public ParseError() { }
        public ParseError(string message) : base(message) { }
        public ParseError(string message, Exception inner) : base(message, inner) { }
        public int Line { get; private set; }
    }
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
    public sealed class NoteAttribute : Attribute {
        public NoteAttribute(string text) { Text = text; }
        public string Text { get; private set; }
        public int Priority { get; set; }
        public Type Related { get; set; }
    }
    [Note("first", Priority = 2, Related = typeof(ParseError))] public class Annotated { [Note("m")] public void M() { } }
}
