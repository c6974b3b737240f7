// Corner cases: exceptions thrown and caught inside a finally that runs while another
// exception unwinds, nested handlers inside catch blocks, exceptions through delegates
// (multicast too), through a class constructor run when a method is first compiled,
// and through a constructor in `new`.
using System;

class Lazy {
    public static int Value = Compute();
    static int Compute() { throw new InvalidOperationException("field initializer"); }
}

class Holder {
    public int X;
    public Holder(int x) { if (x < 0) throw new ArgumentOutOfRangeException("x"); X = x; }
}

class Program {
    static void Cleanup(string who) {
        try { throw new Exception("cleanup failed in " + who); }
        catch (Exception e) { Console.WriteLine("handled: " + e.Message); }
    }

    static void Work() {
        try { throw new ApplicationException("work failed"); }
        finally { Cleanup("Work"); Console.WriteLine("Work finally done"); }
    }

    static int UsesLazy() { Console.WriteLine("UsesLazy body"); return Lazy.Value; }

    static void Main() {
        try { Work(); }
        catch (ApplicationException e) { Console.WriteLine("caught " + e.Message); }

        try {
            try { throw new Exception("outer"); }
            catch (Exception outer) {
                try { throw new Exception("inner"); }
                catch (Exception inner) { Console.WriteLine("inner caught " + inner.Message); }
                Console.WriteLine("still in outer catch " + outer.Message);
                throw;
            }
        } catch (Exception e) { Console.WriteLine("rethrown " + e.Message); }

        Action a = () => Console.WriteLine("first");
        a += () => { throw new NotSupportedException("second"); };
        a += () => Console.WriteLine("third (not reached)");
        try { a(); } catch (NotSupportedException e) { Console.WriteLine("delegate " + e.Message); }

        Func<int, int> f = x => 10 / x;
        try { f(0); } catch (DivideByZeroException) { Console.WriteLine("div in lambda"); }

        try { Console.WriteLine(UsesLazy()); }
        catch (TypeInitializationException e) { Console.WriteLine("TIE: " + e.InnerException.Message); }

        try { var h = new Holder(-1); Console.WriteLine(h.X); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("ctor threw " + e.ParamName); }

        int n = 0;
        for (int i = 0; i < 3; i++) {
            try {
                try { if (i == 1) throw new Exception("i1"); n += 1; }
                finally { n += 10; if (i == 2) throw new Exception("from finally " + i); }
            } catch (Exception e) { Console.WriteLine(e.Message + " n=" + n); }
        }
        Console.WriteLine("n=" + n);
    }
}
