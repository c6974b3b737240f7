// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public class Mixed { public int value; public int Value() { return value; } public int Other; }
}
