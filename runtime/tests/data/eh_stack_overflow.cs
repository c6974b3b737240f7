// Unbounded recursion: the stack check in every calling method's prologue raises
// StackOverflowException (Mono makes it a managed exception too), finally blocks run
// while it unwinds, and the process ends as for any unhandled exception (exit 1).
using System;
class P {
    static int R(int n) { return R(n + 1) + 1; }
    static void Main() {
        Console.WriteLine("start");
        try { R(0); } finally { Console.WriteLine("fin"); }
    }
}
