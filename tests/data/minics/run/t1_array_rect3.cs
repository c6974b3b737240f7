// test: mono-run
using System;

class Program
{
    static void Main()
    {
        int[,,] cube = new int[2, 3, 4];
        Console.WriteLine(cube.Length);
        Console.WriteLine(cube.Rank);
        Console.WriteLine(cube.GetLength(0) + "x" + cube.GetLength(1) + "x" + cube.GetLength(2));
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 3; j++)
                for (int k = 0; k < 4; k++)
                    cube[i, j, k] = i * 100 + j * 10 + k;
        Console.WriteLine(cube[1, 2, 3]);
        Console.WriteLine(cube[0, 1, 2]);
        int sum = 0;
        foreach (int v in cube) sum += v;
        Console.WriteLine(sum);
        int[,,] lit = { { { 1, 2 }, { 3, 4 } }, { { 5, 6 }, { 7, 8 } } };
        Console.WriteLine(lit[1, 0, 1]);
        string order = "";
        foreach (int v in lit) order += v;
        Console.WriteLine(order);
        char[,] letters = { { 'a', 'b', 'c' }, { 'd', 'e', 'f' } };
        string s = "";
        for (int c = 0; c < letters.GetLength(1); c++)
            for (int r = 0; r < letters.GetLength(0); r++)
                s += letters[r, c];
        Console.WriteLine(s);
        int[][,] mixed = new int[2][,];
        mixed[0] = new int[,] { { 1, 2 } };
        mixed[1] = new int[2, 2];
        mixed[1][1, 0] = mixed[0][0, 1] * 21;
        Console.WriteLine(mixed[1][1, 0]);
    }
}
