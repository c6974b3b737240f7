using System;
using System.Collections.Generic;

public class SparseVector
{
    private readonly Dictionary<int, double> values = new Dictionary<int, double>();
    public int Dimension { get; }
    public SparseVector(int dimension) { Dimension = dimension; }
    public double this[int index]
    {
        get { if (index < 0 || index >= Dimension) throw new IndexOutOfRangeException(); double v; if (values.TryGetValue(index, out v)) return v; return 0; }
        set { if (index < 0 || index >= Dimension) throw new IndexOutOfRangeException(); if (value == 0) values.Remove(index); else values[index] = value; }
    }
    public int NonZero { get { return values.Count; } }
    public double Dot(SparseVector other) { double s = 0; foreach (var kv in values) s += kv.Value * other[kv.Key]; return s; }
}
