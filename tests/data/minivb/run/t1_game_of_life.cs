using System;
using System.Text;

static class Life
{
    const int Size = 8;

    static int Neighbours(bool[,] g, int r, int c)
    {
        int n = 0;
        for (int dr = -1; dr <= 1; dr++)
            for (int dc = -1; dc <= 1; dc++)
            {
                if (dr == 0 && dc == 0) continue;
                var rr = (r + dr + Size) % Size;
                var cc = (c + dc + Size) % Size;
                if (g[rr, cc]) n += 1;
            }
        return n;
    }

    static bool[,] Stepped(bool[,] g)
    {
        var next1 = new bool[Size, Size];
        for (int r = 0; r <= Size - 1; r++)
            for (int c = 0; c <= Size - 1; c++)
            {
                var n = Neighbours(g, r, c);
                next1[r, c] = n == 3 || (g[r, c] && n == 2);
            }
        return next1;
    }

    static string Render(bool[,] g)
    {
        var sb = new StringBuilder();
        for (int r = 0; r <= Size - 1; r++)
        {
            for (int c = 0; c <= Size - 1; c++) sb.Append(g[r, c] ? '#' : '.');
            sb.AppendLine();
        }
        return sb.ToString();
    }

    static void Main()
    {
        var g = new bool[Size, Size];
        g[0, 1] = true;
        g[1, 2] = true;
        g[2, 0] = true; g[2, 1] = true; g[2, 2] = true;
        for (int gen = 0; gen <= 4; gen++)
        {
            Console.WriteLine("gen " + gen);
            Console.Write(Render(g));
            g = Stepped(g);
        }
    }
}
