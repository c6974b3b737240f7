// test: mono-run
using System;

class Matrix
{
    private readonly double[] data;
    public readonly int Rows, Cols;

    public Matrix(int rows, int cols)
    {
        Rows = rows;
        Cols = cols;
        data = new double[rows * cols];
    }

    public double this[int r, int c]
    {
        get { return data[r * Cols + c]; }
        set { data[r * Cols + c] = value; }
    }
}

class PhoneBook
{
    private string[] names = new string[10];
    private string[] numbers = new string[10];
    private int count;

    public string this[string name]
    {
        get
        {
            for (int i = 0; i < count; i++) if (names[i] == name) return numbers[i];
            return "(unknown)";
        }
        set
        {
            for (int i = 0; i < count; i++)
                if (names[i] == name) { numbers[i] = value; return; }
            names[count] = name;
            numbers[count] = value;
            count++;
        }
    }

    public string this[int index] { get { return names[index] + ": " + numbers[index]; } }
    public int Count { get { return count; } }
}

class Program
{
    static void Main()
    {
        Matrix m = new Matrix(2, 2);
        m[0, 0] = 1;
        m[1, 1] = 4;
        m[0, 1] = m[0, 0] + m[1, 1];
        m[1, 1] *= 2;
        Console.WriteLine(m[0, 0] + " " + m[0, 1] + " " + m[1, 0] + " " + m[1, 1]);
        PhoneBook pb = new PhoneBook();
        pb["ann"] = "555-1234";
        pb["bob"] = "555-9876";
        pb["ann"] = "555-0000";
        Console.WriteLine(pb["ann"]);
        Console.WriteLine(pb["cid"]);
        for (int i = 0; i < pb.Count; i++) Console.WriteLine(pb[i]);
        pb["bob"] += " ext 2";
        Console.WriteLine(pb["bob"]);
    }
}
