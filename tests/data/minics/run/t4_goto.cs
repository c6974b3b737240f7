// test: mono-run
using System;

class Program
{
    static int FindInGrid(int[,] grid, int target)
    {
        int r, c = 0;
        for (r = 0; r < grid.GetLength(0); r++)
        {
            for (c = 0; c < grid.GetLength(1); c++)
            {
                if (grid[r, c] == target) goto found;
            }
        }
        return -1;
    found:
        return r * 10 + c;
    }

    static void Main()
    {
        int i = 0;
    loop:
        Console.Write(i + " ");
        i++;
        if (i < 5) goto loop;
        Console.WriteLine();
        int[,] grid = { { 1, 2, 3 }, { 4, 5, 6 } };
        Console.WriteLine(FindInGrid(grid, 5));
        Console.WriteLine(FindInGrid(grid, 9));
        int attempts = 0;
    retry:
        try
        {
            attempts++;
            if (attempts < 3) throw new Exception("try again");
            Console.WriteLine("succeeded after " + attempts);
        }
        catch (Exception)
        {
            Console.WriteLine("attempt " + attempts + " failed");
            goto retry;
        }
        int state = 0;
        switch (state)
        {
            case 0:
                Console.WriteLine("state 0");
                goto case 2;
            case 1:
                Console.WriteLine("state 1");
                break;
            case 2:
                Console.WriteLine("state 2");
                goto default;
            default:
                Console.WriteLine("default");
                break;
        }
        try
        {
            goto end;
        }
        finally
        {
            Console.WriteLine("finally runs when goto leaves the try");
        }
    end:
        Console.WriteLine("end");
    }
}
