// test: mono-run
using System;

[Flags]
enum Access
{
    None = 0,
    Read = 1,
    Write = 2,
    Execute = 4,
    ReadWrite = Read | Write,
    All = Read | Write | Execute,
}

[Flags]
enum Style : byte
{
    Plain = 0,
    Bold = 1,
    Italic = 2,
    Underline = 8,
}

class Program
{
    static void Main()
    {
        Access a = Access.Read | Access.Execute;
        Console.WriteLine(a);
        Console.WriteLine((int)a);
        Console.WriteLine(Access.Read | Access.Write);
        Console.WriteLine(Access.All);
        Console.WriteLine(Access.None);
        Console.WriteLine((a & Access.Write) != 0);
        Console.WriteLine((a & Access.Execute) == Access.Execute);
        Console.WriteLine(a.HasFlag(Access.Read));
        a |= Access.Write;
        Console.WriteLine(a);
        a &= ~Access.Read;
        Console.WriteLine(a);
        a ^= Access.All;
        Console.WriteLine(a);
        Style s = Style.Bold | Style.Underline;
        Console.WriteLine(s);
        Console.WriteLine((byte)s);
        Style odd = (Style)20;
        Console.WriteLine(odd);
        Style plain = Style.Plain;
        Console.WriteLine(plain);
        Access weird = (Access)8;
        Console.WriteLine(weird);
        Access mixed = (Access)9;
        Console.WriteLine(mixed);
    }
}
