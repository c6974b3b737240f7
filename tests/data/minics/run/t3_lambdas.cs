// test: mono-run
using System;

class Program
{
    static int Apply(Func<int, int> f, int x) { return f(x); }

    static void Main()
    {
        Func<int, int> square = x => x * x;
        Func<int, int, int> add = (a, b) => a + b;
        Func<int> answer = () => 42;
        Action<string> say = s => Console.WriteLine("say " + s);
        Func<int, bool> isOdd = n => n % 2 != 0;
        Func<double, double, double> hyp = (double a, double b) => Math.Sqrt(a * a + b * b);
        Console.WriteLine(square(7));
        Console.WriteLine(add(2, 3));
        Console.WriteLine(answer());
        say("hi");
        Console.WriteLine(isOdd(3) + " " + isOdd(4));
        Console.WriteLine(hyp(3, 4));
        Func<int, string> classify = n =>
        {
            if (n < 0) return "neg";
            if (n == 0) return "zero";
            return "pos";
        };
        Console.WriteLine(classify(-1) + classify(0) + classify(8));
        Console.WriteLine(Apply(x => x + 100, 1));
        Console.WriteLine(Apply(square, Apply(x => x - 1, 5)));
        Func<int, Func<int, int>> adder = a => b => a + b;
        Func<int, int> add10 = adder(10);
        Console.WriteLine(add10(5));
        Func<Func<int, int>, Func<int, int>> twice = f => x => f(f(x));
        Console.WriteLine(twice(square)(3));
        Console.WriteLine(twice(twice(add10))(0));
        Action noop = () => { };
        noop();
        Action<int, int> printSum = (a, b) => Console.WriteLine(a + "+" + b + "=" + (a + b));
        printSum(4, 5);
        Func<string, string, string> join = (a, b) => a + "-" + b;
        Console.WriteLine(join("x", "y"));
    }
}
