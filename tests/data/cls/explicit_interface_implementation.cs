// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public interface IReader { int Read(); }
    public class File : IReader { int IReader.Read() { return 0; } public uint Position() { return 0; } }
}
