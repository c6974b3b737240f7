// test: mono-run
using System;

namespace Outer
{
    namespace Inner
    {
        static class Greeter
        {
            public static string Greet(string who) { return "Hello, " + who + "!"; }
        }
    }

    static class Util
    {
        public static int Twice(int x) { return x * 2; }
    }
}

namespace Other.Deep.Name
{
    static class Calc
    {
        public static int Add(int a, int b) { return a + b; }
    }
}

namespace App
{
    using Outer.Inner;
    using Other.Deep.Name;

    static class Program
    {
        static void Main()
        {
            Console.WriteLine(Greeter.Greet("world"));
            Console.WriteLine(Outer.Util.Twice(21));
            Console.WriteLine(Calc.Add(2, 3));
            Console.WriteLine(Outer.Util.Twice(5));
            System.Console.WriteLine("fully qualified");
        }
    }
}
