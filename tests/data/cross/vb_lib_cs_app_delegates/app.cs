// test: cross-run
// lib: lib.vb
// twin: lib.twin.cs app.cs
using System;

static class App
{
    static int Square(int x) { return x * x; }

    static void Main()
    {
        var p = new Pipeline();
        p.StepRan += (i, r) => Console.WriteLine("step " + i + " -> " + r);
        var add3 = Pipeline.AddN(3);
        p.AddStep(Pipeline.Doubler()).AddStep(Square).AddStep(x => add3(x)).AddStep(Pipeline.Negate);
        Console.WriteLine(p.Run(4));
        Transform t = Pipeline.Doubler();
        Console.WriteLine(t(21));
        Console.WriteLine(add3(4));
    }
}
