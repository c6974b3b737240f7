using System;

static class Program
{
    const int Rows = 3;
    const int Cols = Rows + 1;
    const string Greeting = "hi" + "!";
    const int Mask = 0xF0 | 0x0F;
    const double Half = 1.0 / 2;

    static void Main()
    {
        const long Local = int.MaxValue + 1L;
        Console.WriteLine(Rows + " " + Cols + " " + Greeting + " " + Mask + " " + Half.ToString("R") + " " + Local);
        var grid = new int[Rows, Cols];
        Console.WriteLine(grid.Rank + " " + grid.GetUpperBound(0) + " " + grid.GetUpperBound(1) + " " + grid.Length);
        for (int i = 0; i <= grid.GetUpperBound(0); i++) for (int j = 0; j <= grid.GetUpperBound(1); j++) grid[i, j] = i * Cols + j;
        Console.WriteLine(grid[2, 3]);
        grid = new int[2, 2];
        Console.WriteLine(grid.Length + " " + grid[1, 1]);
        object[] objs = new string[] { "a", "b" };
        Console.WriteLine(objs.Length + " " + objs[1].ToString());
        try { objs[0] = 5; }
        catch (ArrayTypeMismatchException) { Console.WriteLine("covariance check"); }
        var cube = new byte[2, 2, 2];
        cube[1, 1, 1] = 255;
        Console.WriteLine(cube.Rank + " " + cube[1, 1, 1]);
        string[] empty = { };
        Console.WriteLine(empty.Length);
        var copy = (int[])new int[] { 3, 1, 2 }.Clone();
        Array.Sort(copy);
        Console.WriteLine(string.Join(",", copy));
    }
}
