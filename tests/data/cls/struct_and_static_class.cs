// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public struct Pair { public int A; public int B; public Pair(int a, int b) { A = a; B = b; } }
    public static class Util { public static int Twice(int x) { return 2 * x; } public const long Big = 1L << 40; }
}
