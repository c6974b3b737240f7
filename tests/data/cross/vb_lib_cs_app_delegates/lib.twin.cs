using System;
using System.Collections.Generic;

public delegate int Transform(int value);

public class Pipeline
{
    private readonly List<Transform> steps = new List<Transform>();
    public delegate void StepRanEventHandler(int index, int result);
    public event StepRanEventHandler StepRan;
    public Pipeline AddStep(Transform t) { steps.Add(t); return this; }
    public int Run(int input)
    {
        var v = input;
        for (int i = 0; i < steps.Count; i++) { v = steps[i](v); if (StepRan != null) StepRan(i, v); }
        return v;
    }
    public static Transform Doubler() { return x => x * 2; }
    public static Func<int, int> AddN(int n) { return x => x + n; }
    public static int Negate(int x) { return -x; }
}
