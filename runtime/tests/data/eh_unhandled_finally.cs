// An unhandled exception still runs the finally blocks of the frames it leaves (as Mono
// does) before the process reports it and exits with code 1.
using System;

class Program {
    static void Inner() {
        try { throw new ApplicationException("nobody catches this"); }
        finally { Console.WriteLine("inner finally"); }
    }
    static void Middle() {
        try { Inner(); }
        catch (ArgumentException) { Console.WriteLine("wrong handler"); }
        finally { Console.WriteLine("middle finally"); }
    }
    static int Main() {
        try { Middle(); }
        finally { Console.WriteLine("main finally"); }
        Console.WriteLine("not reached");
        return 0;
    }
}
