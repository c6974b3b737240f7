// test: mono-run
using System;
using Out = System.Console;
using SB = System.Text.StringBuilder;
using Geo = Shapes.Geometry;

namespace Shapes
{
    static class Geometry
    {
        public static int Square(int x) { return x * x; }
        public static int Perimeter(int w, int h) { return 2 * (w + h); }
    }
}

class Program
{
    static void Main()
    {
        Out.WriteLine("alias to Console");
        SB sb = new SB();
        sb.Append("built");
        sb.Append(' ');
        sb.Append(42);
        Out.WriteLine(sb.ToString());
        Out.WriteLine(Geo.Square(7));
        Out.WriteLine(Geo.Perimeter(3, 4));
    }
}
