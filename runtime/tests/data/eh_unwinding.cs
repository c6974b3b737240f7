// try/finally and catch across frames: nested finally in loops, finally on return,
// break and continue out of try, exceptions crossing many frames, catch in a caller of a
// caller, throwing from catch and finally, rethrow, and exceptions from corlib.
using System;
using System.Collections.Generic;

class MyError : Exception {
    public int Code;
    public MyError(string m, int code) : base(m) { Code = code; }
}

class Program {
    static int depth;

    static int F1(int n) { return F2(n) + 1; }
    static int F2(int n) { return F3(n) + 1; }
    static int F3(int n) { try { return F4(n) + 1; } finally { Console.WriteLine("F3 finally"); } }
    static int F4(int n) { return F5(n) + 1; }
    static int F5(int n) { return F6(n) + 1; }
    static int F6(int n) { if (n > 0) throw new MyError("deep " + n, n); return 0; }

    static int FinallyOnReturn(int x) {
        try {
            if (x > 0) return x * 2;
            return -1;
        } finally { Console.WriteLine("finally on return " + x); }
    }

    static string Loops() {
        string s = "";
        for (int i = 0; i < 4; i++) {
            try {
                for (int j = 0; j < 3; j++) {
                    try {
                        if (j == 1) continue;
                        if (i == 2 && j == 2) break;
                        s += i + "" + j + " ";
                    } finally { s += "f" + j + " "; }
                }
                if (i == 3) return s + "ret";
            } finally { s += "F" + i + " "; }
        }
        return s;
    }

    static void CatchThrowsNew() {
        try { throw new MyError("first", 1); }
        catch (MyError e) { throw new InvalidOperationException("from catch: " + e.Message); }
    }

    static void FinallyThrows() {
        try { throw new MyError("lost", 2); }
        finally { throw new ArgumentException("from finally"); }
    }

    static void Rethrow() {
        try { F1(3); }
        catch (MyError e) { Console.WriteLine("rethrowing " + e.Code); throw; }
    }

    static void Recurse(int n) {
        depth++;
        try { if (n == 0) throw new MyError("bottom", 0); Recurse(n - 1); }
        finally { depth--; }
    }

    static int Nested(int k) {
        int r = 0;
        try {
            try {
                try { if (k == 0) throw new ArgumentException("a"); if (k == 1) throw new MyError("m", 9); r += 1; }
                catch (ArgumentException) { r += 10; }
                finally { r += 100; }
            } catch (MyError e) { r += 1000 * e.Code; }
            finally { r += 10000; }
        } catch (Exception) { r = -1; }
        return r;
    }

    static void Main() {
        try { Console.WriteLine(F1(0)); Console.WriteLine(F1(5)); }
        catch (MyError e) { Console.WriteLine("caught " + e.Message + " code " + e.Code); }
        Console.WriteLine(FinallyOnReturn(4) + " " + FinallyOnReturn(0));
        Console.WriteLine(Loops());
        try { CatchThrowsNew(); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { FinallyThrows(); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { Rethrow(); } catch (MyError e) { Console.WriteLine("after rethrow " + e.Message); }
        try { Recurse(500); } catch (MyError e) { Console.WriteLine(e.Message + " depth " + depth); }
        Console.WriteLine(Nested(0) + " " + Nested(1) + " " + Nested(2));
        var d = new Dictionary<string, int>();
        try { Console.WriteLine(d["missing"]); }
        catch (KeyNotFoundException) { Console.WriteLine("key not found"); }
        try { Console.WriteLine(int.Parse("12x")); }
        catch (FormatException) { Console.WriteLine("format"); }
        int caught = 0;
        for (int i = 0; i < 100000; i++) {
            try { if (i % 3 == 0) throw new MyError("loop", i); }
            catch (MyError e) { caught += e.Code % 7; }
        }
        Console.WriteLine("loop caught " + caught);
        try { object o = null; o.ToString(); }
        catch (NullReferenceException e) { Console.WriteLine("NRE " + (e.StackTrace != null && e.StackTrace.Contains("Program.Main"))); }
        try { F1(2); }
        catch (MyError e) {
            string t = e.StackTrace;
            Console.WriteLine("trace F6 " + t.Contains("Program.F6") + " F1 " + t.Contains("Program.F1") + " Main " + t.Contains("Program.Main"));
            Console.WriteLine("order " + (t.IndexOf("Program.F6") < t.IndexOf("Program.F1")));
            Console.WriteLine(e.ToString().StartsWith("MyError: deep 2"));
        }
    }
}
