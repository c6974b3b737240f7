// test: mono-run
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(0xFF);
        Console.WriteLine(0x7FFFFFFF);
        Console.WriteLine(0xFFFFFFFF);
        Console.WriteLine(0x100000000);
        Console.WriteLine(0b1010);
        Console.WriteLine(0b1111_0000);
        Console.WriteLine(0xFF_FF);
        Console.WriteLine(10L);
        Console.WriteLine(10UL);
        Console.WriteLine(10u);
        Console.WriteLine(1e3);
        Console.WriteLine(1.5e-2);
        Console.WriteLine(2.5f);
        Console.WriteLine(3d);
        Console.WriteLine(.5);
        Console.WriteLine('\'');
        Console.WriteLine('\\');
        Console.WriteLine('"');
        Console.WriteLine("tab[\t] quote[\"] backslash[\\]");
        Console.WriteLine("unicode \u0041\u0042 hex \x43");
        Console.WriteLine((int)'\0');
        Console.WriteLine((int)'\a' + " " + (int)'\b' + " " + (int)'\f' + " " + (int)'\v' + " " + (int)'\r');
        Console.WriteLine(@"C:\path\to\file");
        Console.WriteLine(@"two
lines");
        Console.WriteLine(@"say ""hi""");
        Console.WriteLine(-2147483648);
        Console.WriteLine(-9223372036854775808);
        Console.WriteLine(9223372036854775807);
        Console.WriteLine(18446744073709551615);
        Console.WriteLine(true ? 1 : 0);
    }
}
