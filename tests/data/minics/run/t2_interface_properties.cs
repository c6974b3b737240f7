// test: mono-run
using System;

interface IGrid
{
    int Width { get; }
    int Height { get; }
    char this[int x, int y] { get; set; }
    string Title { get; set; }
}

class Grid : IGrid
{
    private char[] cells;
    public int Width { get; private set; }
    public int Height { get; private set; }
    public string Title { get; set; }

    public Grid(int w, int h)
    {
        Width = w;
        Height = h;
        cells = new char[w * h];
        for (int i = 0; i < cells.Length; i++) cells[i] = '.';
    }

    public char this[int x, int y]
    {
        get { return cells[y * Width + x]; }
        set { cells[y * Width + x] = value; }
    }
}

class Program
{
    static void Draw(IGrid g)
    {
        Console.WriteLine("== " + g.Title);
        for (int y = 0; y < g.Height; y++)
        {
            string row = "";
            for (int x = 0; x < g.Width; x++) row += g[x, y];
            Console.WriteLine(row);
        }
    }

    static void Main()
    {
        IGrid g = new Grid(5, 3);
        g.Title = "diagonal";
        for (int i = 0; i < 3; i++) g[i, i] = '#';
        g[4, 0] = '@';
        Draw(g);
        g.Title += " (edited)";
        g[4, 0] = g[0, 0];
        Draw(g);
    }
}
