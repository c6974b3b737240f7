using System;

public interface IArithmetic<T> { T Zero(); T Add(T a, T b); T Mul(T a, T b); }

public class IntArithmetic : IArithmetic<int>
{
    public int Zero() { return 0; }
    public int Add(int a, int b) { return a + b; }
    public int Mul(int a, int b) { return a * b; }
}

public class StringArithmetic : IArithmetic<string>
{
    public string Zero() { return ""; }
    public string Add(string a, string b) { return a + b; }
    public string Mul(string a, string b) { return "(" + a + "*" + b + ")"; }
}

public class Matrix<T>
{
    private readonly T[,] cells;
    private readonly IArithmetic<T> ops;
    public Matrix(int rows, int cols, IArithmetic<T> ops) { cells = new T[rows, cols]; this.ops = ops; }
    public T this[int r, int c] { get { return cells[r, c]; } set { cells[r, c] = value; } }
    public int Rows { get { return cells.GetLength(0); } }
    public int Cols { get { return cells.GetLength(1); } }
    public Matrix<T> Times(Matrix<T> o)
    {
        var m = new Matrix<T>(Rows, o.Cols, ops);
        for (int i = 0; i <= Rows - 1; i++)
            for (int j = 0; j <= o.Cols - 1; j++)
            {
                T acc = ops.Zero();
                for (int k = 0; k <= Cols - 1; k++) acc = ops.Add(acc, ops.Mul(this[i, k], o[k, j]));
                m[i, j] = acc;
            }
        return m;
    }
}

static class Program
{
    static void Main()
    {
        var a = new Matrix<int>(2, 2, new IntArithmetic());
        a[0, 0] = 1; a[0, 1] = 2; a[1, 0] = 3; a[1, 1] = 4;
        var p = a.Times(a);
        Console.WriteLine(p[0, 0] + " " + p[0, 1] + " " + p[1, 0] + " " + p[1, 1]);
        var s = new Matrix<string>(1, 2, new StringArithmetic());
        s[0, 0] = "x"; s[0, 1] = "y";
        var t = new Matrix<string>(2, 1, new StringArithmetic());
        t[0, 0] = "u"; t[1, 0] = "v";
        Console.WriteLine(s.Times(t)[0, 0]);
    }
}
