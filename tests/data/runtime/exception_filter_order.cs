// test: mono-run
using System;
class Program {
    static bool Log(string s) { Console.WriteLine("filter " + s); return s == "b"; }
    static void Thrower() {
        try { throw new InvalidOperationException("boom"); }
        finally { Console.WriteLine("inner finally"); }
    }
    static void Main() {
        try {
            try { Thrower(); }
            catch (Exception e) when (Log("a")) { Console.WriteLine("caught a " + e.Message); }
        }
        catch (InvalidOperationException e) when (Log("b")) { Console.WriteLine("caught b " + e.Message); }
        finally { Console.WriteLine("outer finally"); }
    }
}
