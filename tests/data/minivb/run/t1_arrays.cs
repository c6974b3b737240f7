using System;

static class Arrays
{
    static void Print(int[] a)
    {
        for (int i = 0; i <= a.Length - 1; i++) { if (i > 0) Console.Write(","); Console.Write(a[i]); }
        Console.WriteLine();
    }

    static void BubbleSort(int[] a)
    {
        for (int i = a.Length - 1; i >= 1; i--)
            for (int j = 0; j <= i - 1; j++)
                if (a[j] > a[j + 1]) { int t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; }
    }

    static void Main()
    {
        int[] a = { 5, 2, 9, 1, 7 };
        BubbleSort(a);
        Print(a);
        int[] b = new int[4];
        Console.WriteLine(b.Length);
        b[3] = 4;
        Print(b);
        string[,] m = new string[2, 3];
        m[0, 0] = "a";
        m[1, 2] = "z";
        Console.WriteLine(m.GetLength(0) + "x" + m.GetLength(1) + " " + m[1, 2]);
        var sq = new int[,] { { 1, 2 }, { 3, 4 } };
        Console.WriteLine(sq[1, 0] + sq[0, 1]);
        int[][] jag = new int[3][];
        jag[0] = new int[] { 1 };
        jag[1] = new int[] { 1, 2 };
        jag[2] = new int[3];
        Console.WriteLine(jag[2].Length);
        Array.Resize(ref a, 7);
        a[6] = 100;
        Print(a);
        b = new int[2];
        Print(b);
        Array.Reverse(a);
        Print(a);
        Console.WriteLine(Array.IndexOf(a, 9));
        try { a[7] = 1; }
        catch (IndexOutOfRangeException) { Console.WriteLine("out of range"); }
    }
}
