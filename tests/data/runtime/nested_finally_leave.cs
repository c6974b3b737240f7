// test: mono-run
using System;
class Program {
    static int F(int n) {
        for (int i = 0; i < 5; i++) {
            try {
                try {
                    if (i == n) return i * 100;
                    if (i == 1) continue;
                    Console.WriteLine("body " + i);
                } finally { Console.WriteLine("inner " + i); }
            } finally { Console.WriteLine("outer " + i); }
        }
        return -1;
    }
    static void Main() {
        Console.WriteLine(F(2));
        Console.WriteLine(F(9));
    }
}
