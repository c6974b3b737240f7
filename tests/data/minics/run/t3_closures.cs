// test: mono-run
using System;

class Program
{
    static Func<int> MakeCounter()
    {
        int count = 0;
        return () => ++count;
    }

    static Action[] MakePair(out Func<int> read)
    {
        int shared = 0;
        read = () => shared;
        return new Action[] { () => shared += 1, () => shared *= 10 };
    }

    static void Main()
    {
        Func<int> c1 = MakeCounter();
        Func<int> c2 = MakeCounter();
        Console.WriteLine(c1() + " " + c1() + " " + c1());
        Console.WriteLine(c2() + " " + c2());
        int x = 10;
        Func<int> getX = () => x;
        x = 20;
        Console.WriteLine(getX());
        Action incX = () => x++;
        incX();
        incX();
        Console.WriteLine(x);
        Func<int> read;
        Action[] ops = MakePair(out read);
        ops[0]();
        ops[1]();
        ops[0]();
        Console.WriteLine(read());
        string prefix = "log";
        Action<string> log = msg => Console.WriteLine(prefix + ": " + msg);
        log("one");
        prefix = "LOG";
        log("two");
        int total = 0;
        Action<int> accumulate = n => total += n;
        for (int i = 1; i <= 4; i++) accumulate(i);
        Console.WriteLine(total);
    }
}
