// test: mono-run
using System;

class Program
{
    static bool Xor(bool a, bool b) { return a ^ b; }

    static void Main()
    {
        bool t = true, f = false;
        Console.WriteLine(t);
        Console.WriteLine(!t);
        Console.WriteLine(t && f);
        Console.WriteLine(t || f);
        Console.WriteLine(t == f);
        Console.WriteLine(t != f);
        Console.WriteLine(Xor(t, t) + " " + Xor(t, f));
        bool[] values = { false, true };
        foreach (bool a in values)
            foreach (bool b in values)
                Console.WriteLine(a + " " + b + " and=" + (a & b) + " or=" + (a | b) + " xor=" + (a ^ b));
        bool acc = true;
        acc &= f;
        Console.WriteLine(acc);
        acc |= t;
        Console.WriteLine(acc);
        acc ^= t;
        Console.WriteLine(acc);
        int n = 15;
        bool fizz = n % 3 == 0, buzz = n % 5 == 0;
        Console.WriteLine(fizz && buzz ? "FizzBuzz" : fizz ? "Fizz" : buzz ? "Buzz" : n.ToString());
        Console.WriteLine(true.Equals(t));
        Console.WriteLine(t.CompareTo(f));
        Console.WriteLine(t.ToString().ToLower());
    }
}
