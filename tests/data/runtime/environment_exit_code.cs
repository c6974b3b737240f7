// test: mono-run
// Environment.ExitCode: a void Main's process exit code is the last value set (and the
// property reads back what was set).
using System;

static class ExitCodeProgram
{
    static void Main()
    {
        Console.WriteLine(Environment.ExitCode);
        Environment.ExitCode = 3;
        Console.WriteLine(Environment.ExitCode);
        Environment.ExitCode = 7;
        Console.WriteLine("set " + Environment.ExitCode);
    }
}
