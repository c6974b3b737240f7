using System;

public class Matrix
{
    private readonly double[,] cells;
    public readonly int Rows;
    public readonly int Cols;
    public Matrix(int rows, int cols) { Rows = rows; Cols = cols; cells = new double[rows, cols]; }
    public double this[int r, int c] { get { return cells[r, c]; } set { cells[r, c] = value; } }
    public Matrix Times(Matrix o)
    {
        var m = new Matrix(Rows, o.Cols);
        for (int i = 0; i <= Rows - 1; i++)
            for (int j = 0; j <= o.Cols - 1; j++)
            {
                double s = 0;
                for (int k = 0; k <= Cols - 1; k++) s += this[i, k] * o[k, j];
                m[i, j] = s;
            }
        return m;
    }
    public class Builder
    {
        private readonly Matrix target;
        public Builder(int r, int c) { target = new Matrix(r, c); }
        public Builder Identity() { for (int i = 0; i <= Math.Min(target.Rows, target.Cols) - 1; i++) target[i, i] = 1; return this; }
        public Matrix Build() { return target; }
    }
}

public class Registry
{
    private readonly System.Collections.Generic.Dictionary<string, int> names = new System.Collections.Generic.Dictionary<string, int>();
    public int this[string name] { get { int v; if (names.TryGetValue(name, out v)) return v; return -1; } }
    public void Add(string name, int value) { names[name] = value; }
}

static class Program
{
    static void Main()
    {
        var a = new Matrix(2, 2);
        a[0, 0] = 1; a[0, 1] = 2;
        a[1, 0] = 3; a[1, 1] = 4;
        var id = new Matrix.Builder(2, 2).Identity().Build();
        var p = a.Times(id).Times(a);
        for (int i = 0; i <= 1; i++) Console.WriteLine(p[i, 0].ToString("R") + " " + p[i, 1].ToString("R"));
        var r = new Registry();
        r.Add("x", 10);
        Console.WriteLine(r["x"]);
        Console.WriteLine(r["y"]);
    }
}
