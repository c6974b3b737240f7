// test: mono-run
using System;

delegate void Handler(string msg);
delegate int Producer();

class Program
{
    static void A(string m) { Console.WriteLine("A got " + m); }
    static void B(string m) { Console.WriteLine("B got " + m); }
    static void C(string m) { Console.WriteLine("C got " + m); }

    static int One() { Console.WriteLine("One called"); return 1; }
    static int Two() { Console.WriteLine("Two called"); return 2; }

    static void Main()
    {
        Handler h = A;
        h += B;
        h += C;
        h("first");
        h -= B;
        h("second");
        h += A;
        h("third");
        h -= A;
        h("fourth");
        h -= C;
        h -= A;
        Console.WriteLine(h == null);
        Handler combined = (Handler)Delegate.Combine(new Handler(B), new Handler(C));
        combined("combined");
        Console.WriteLine(combined.GetInvocationList().Length);
        Producer p = One;
        p += Two;
        Console.WriteLine("result " + p());
        Handler x = A, y = B;
        Handler xy = x + y;
        Handler yx = y + x;
        xy("xy");
        yx("yx");
        Handler removeMissing = x - y;
        removeMissing("after removing a delegate not in the list");
    }
}
