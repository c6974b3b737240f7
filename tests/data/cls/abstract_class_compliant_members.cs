// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public abstract class Stream2 { public abstract int Read(byte[] buffer, int offset, int count); public abstract long Length { get; } public virtual void Close() { } }
}
