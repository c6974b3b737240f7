// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public class Widget { public void Run() { } public void RUN() { } public int Size; public int size2; }
    public class widget { }
}
