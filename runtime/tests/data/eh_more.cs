// More shapes: `throw null`, catch-all `catch { }`, a generic catch type, exceptions
// through interface calls on structs, rethrow at every level of a deep recursion, and
// locals changed in a try seen by the handlers after an exception.
using System;

interface IRunner { int Run(int x); }
struct Failing : IRunner {
    public int Limit;
    public int Run(int x) { if (x > Limit) throw new ArgumentOutOfRangeException("x"); return x; }
}

class Program {
    static int Catches<T>(Action a) where T : Exception {
        try { a(); return 0; }
        catch (T e) { Console.WriteLine("generic catch " + typeof(T).Name + ": " + e.GetType().Name); return 1; }
    }

    static int levels;
    static void Deep(int n) {
        try {
            if (n == 0) throw new InvalidOperationException("deep");
            Deep(n - 1);
        } catch (InvalidOperationException) { levels++; throw; }
    }

    static void Main() {
        try { throw null; }
        catch (NullReferenceException) { Console.WriteLine("throw null -> NRE"); }

        try { int[] a = null; a[0] = 1; }
        catch { Console.WriteLine("catch-all"); }

        Console.WriteLine(Catches<FormatException>(() => int.Parse("zz")));
        try { Catches<FormatException>(() => { throw new DivideByZeroException(); }); }
        catch (ArithmeticException e) { Console.WriteLine("passed through generic: " + e.GetType().Name); }

        IRunner r = new Failing { Limit = 3 };
        int total = 0;
        for (int i = 0; i < 6; i++) {
            try { total += r.Run(i); }
            catch (ArgumentOutOfRangeException e) { Console.WriteLine("struct via interface threw for " + i + " (" + e.ParamName + ")"); }
        }
        Console.WriteLine("total " + total);

        try { Deep(300); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message + " rethrown through " + levels + " levels"); }

        int step = 0;
        string log = "";
        try {
            step = 1;
            log += "a";
            try {
                step = 2;
                log += "b";
                object o = "x";
                step = ((int)o);
            } finally { log += "f" + step; step = 3; }
        } catch (InvalidCastException) { log += "c" + step; }
        Console.WriteLine(log + " " + step);
    }
}
