using System;
using SB = System.Text.StringBuilder;

namespace Company.Product.Utilities
{
    public static class TextTools
    {
        public static string Shout(string s) { return s.ToUpper() + "!"; }
    }

    public class Counter
    {
        public static int Total;
        public static void Bump() { Total += 1; }
    }
}

namespace Company.Product.Geometry.Plane
{
    public class Vec
    {
        public double X, Y;
        public double Length() { return Math.Sqrt(X * X + Y * Y); }
    }
}

namespace Company.Product
{
    using Company.Product.Utilities;

    static class Program
    {
        static void Main()
        {
            var b = new SB();
            b.Append("ns ").Append(typeof(Counter).Namespace);
            Console.WriteLine(b.ToString());
            Console.WriteLine(TextTools.Shout("hey"));
            Console.WriteLine(TextTools.Shout("you"));
            Counter.Bump();
            Utilities.Counter.Bump();
            Console.WriteLine(Counter.Total);
            var v = new Geometry.Plane.Vec { X = 3, Y = 4 };
            Console.WriteLine(v.Length());
            Console.WriteLine(typeof(Geometry.Plane.Vec).FullName);
            string CONSOLE_NAME = "case";
            Console.WriteLine(CONSOLE_NAME + "-insensitive");
        }
    }
}
