// Exception filters (C# `when`): they run in pass 1, before any finally of the frames
// being unwound, and see the frame's locals and arguments. (ECMA-335 makes an exception
// escaping a filter count as false; Mono lets it propagate, so that case is not here.)
using System;

struct Pt { public int X, Y; }

class Program {
    int field = 7;

    static bool Log(string s, bool r) { Console.WriteLine("filter " + s); return r; }

    static void Deep(int n) {
        try {
            if (n == 0) throw new ArgumentException("deep");
            Deep(n - 1);
        } finally { Console.WriteLine("finally " + n); }
    }

    bool Instance(int arg) {
        Pt p; p.X = 3; p.Y = 4;
        int local = 10;
        string s = "loc";
        try { Deep(2); }
        catch (ArgumentException e) when (Log(s + " " + local + " " + arg + " " + p.X + p.Y + " " + field + " " + e.Message, arg > 1)) {
            Console.WriteLine("caught in Instance " + local);
            local = 11;
            return true;
        }
        return false;
    }

    static int Classify(Exception e) {
        try { throw e; }
        catch (Exception x) when (x is ArgumentException) { return 1; }
        catch (Exception x) when (x.Message == "two") { return 2; }
        catch (Exception) { return 3; }
    }

    static void Main() {
        var p = new Program();
        try { Console.WriteLine(p.Instance(1)); }
        catch (Exception e) when (Log("outer", true)) { Console.WriteLine("outer caught " + e.Message); }
        Console.WriteLine(p.Instance(5));


        Console.WriteLine(Classify(new ArgumentException("a")) + " " + Classify(new Exception("two")) + " " + Classify(new Exception("z")));

        int count = 0;
        for (int i = 0; i < 5; i++) {
            try { if (i % 2 == 0) throw new Exception("e" + i); count += 10; }
            catch (Exception e) when (i > 1) { count += i; Console.WriteLine("when " + e.Message); }
            catch (Exception e) { Console.WriteLine("plain " + e.Message); }
        }
        Console.WriteLine(count);
    }
}
