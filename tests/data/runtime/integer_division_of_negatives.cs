// test: mono-run
using System;
class Program {
    static void Main() {
        int[] xs = { 7, -7 };
        int[] ys = { 2, -2 };
        foreach (int x in xs)
            foreach (int y in ys)
                Console.WriteLine("{0} / {1} = {2}, {0} % {1} = {3}", x, y, x / y, x % y);
        int max = int.MaxValue;
        Console.WriteLine(max + 1);
        Console.WriteLine(unchecked((byte)300));
        Console.WriteLine(-17 >> 2);
        int m17 = -17;
        Console.WriteLine((uint)m17 >> 2);
        Console.WriteLine(1L << 40);
    }
}
