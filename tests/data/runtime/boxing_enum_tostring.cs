// test: mono-run
using System;
enum Color { Red, Green = 5, Blue }
[Flags] enum Perm { None = 0, Read = 1, Write = 2, Exec = 4 }
class Program {
    static void Main() {
        object o = Color.Blue;
        Console.WriteLine(o);
        Console.WriteLine((int)(Color)o);
        Console.WriteLine(Perm.Read | Perm.Exec);
        Console.WriteLine((Perm)0);
        Console.WriteLine((Color)42);
        object i = 42;
        int j = (int)i + 1;
        Console.WriteLine(j);
        Console.WriteLine(i is int);
        Console.WriteLine(i is long);
        Console.WriteLine(o.Equals(Color.Blue));
    }
}
