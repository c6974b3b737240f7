// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    [CLSCompliant(false)] public interface IRaw { void Put(uint x); }
    public interface IWrapped : IRaw { }
    public class Impl : IRaw { [CLSCompliant(false)] public void Put(uint x) { } }
}
