// test: mono-run
using System;
class Program {
    static int Main() {
        int big = int.MaxValue;
        try {
            int r = checked(big + 1);
            Console.WriteLine(r);
        } catch (OverflowException) { Console.WriteLine("overflow"); }
        try {
            checked { byte b = (byte)(big / 1000); Console.WriteLine(b); }
        } catch (OverflowException e) { Console.WriteLine(e.GetType().Name); }
        Console.WriteLine(unchecked(big + 1));
        int zero = 0;
        try { Console.WriteLine(10 / zero); }
        catch (DivideByZeroException) { Console.WriteLine("div by zero"); }
        return 3;
    }
}
