// test: mono-run
using System;
using System.Collections.Generic;

struct Cell
{
    public int Value;
    public string Tag;
    public override string ToString() { return Tag + "=" + Value; }
}

class Program
{
    static void Main()
    {
        Cell[] arr = new Cell[3];
        for (int i = 0; i < arr.Length; i++)
        {
            arr[i].Value = i * 10;
            arr[i].Tag = "a" + i;
        }
        arr[1].Value += 5;
        foreach (Cell c in arr) Console.Write(c + " ");
        Console.WriteLine();
        List<Cell> list = new List<Cell>();
        foreach (Cell c in arr) list.Add(c);
        Cell fromList = list[0];
        fromList.Value = 777;
        Console.WriteLine(list[0] + " " + fromList);
        list[0] = fromList;
        Console.WriteLine(list[0]);
        Cell[] copy = new Cell[arr.Length];
        for (int i = 0; i < arr.Length; i++) copy[i] = arr[i];
        copy[2].Tag = "changed";
        Console.WriteLine(arr[2] + " " + copy[2]);
        Cell[][] nested = { new Cell[1], new Cell[2] };
        nested[1][1].Value = 42;
        Console.WriteLine(nested[1][1].Value + nested[0][0].Value);
        Cell[,] grid = new Cell[2, 2];
        grid[1, 0].Value = 9;
        grid[1, 0].Value *= 2;
        Console.WriteLine(grid[1, 0].Value);
    }
}
