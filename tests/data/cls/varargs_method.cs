// test: cls
// csc-lite: pending __arglist
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public class Printer { public void Print(string format, __arglist) { } public void Print(string s) { } }
}
