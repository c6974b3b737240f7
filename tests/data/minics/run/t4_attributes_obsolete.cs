// test: mono-run
// warnings: CS0618
using System;

[assembly: CLSCompliant(true)]

public class Api
{
    [Obsolete("use NewMethod")]
    public static string OldMethod() { return "old"; }

    public static string NewMethod() { return "new"; }

    [CLSCompliant(false)]
    public static uint Unsigned() { return 4000000000u; }
}

[Flags]
public enum Options { None = 0, A = 1, B = 2 }

class Program
{
    static void Main()
    {
        Console.WriteLine(Api.NewMethod());
        Console.WriteLine(Api.OldMethod());
        Console.WriteLine(Api.Unsigned());
        Console.WriteLine(Options.A | Options.B);
    }
}
