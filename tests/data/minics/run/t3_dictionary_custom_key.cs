// test: mono-run
using System;
using System.Collections.Generic;

struct GridPos
{
    public readonly int Row, Col;
    public GridPos(int r, int c) { Row = r; Col = c; }
    public override bool Equals(object o)
    {
        if (!(o is GridPos)) return false;
        GridPos p = (GridPos)o;
        return p.Row == Row && p.Col == Col;
    }
    public override int GetHashCode() { return Row * 1000 + Col; }
    public override string ToString() { return "(" + Row + "," + Col + ")"; }
}

class CaseKey
{
    public readonly string Text;
    public CaseKey(string t) { Text = t; }
    public override bool Equals(object o) { CaseKey k = o as CaseKey; return k != null && k.Text.ToLower() == Text.ToLower(); }
    public override int GetHashCode() { return Text.ToLower().Length; }
}

class Program
{
    static void Main()
    {
        Dictionary<GridPos, char> board = new Dictionary<GridPos, char>();
        board[new GridPos(0, 0)] = 'X';
        board[new GridPos(1, 1)] = 'O';
        board[new GridPos(0, 0)] = 'Y';
        Console.WriteLine(board.Count + " " + board[new GridPos(0, 0)]);
        Console.WriteLine(board.ContainsKey(new GridPos(1, 1)) + " " + board.ContainsKey(new GridPos(2, 2)));
        foreach (KeyValuePair<GridPos, char> kv in board) Console.WriteLine(kv.Key + " " + kv.Value);
        Dictionary<CaseKey, int> ci = new Dictionary<CaseKey, int>();
        ci[new CaseKey("Hello")] = 1;
        ci[new CaseKey("HELLO")] = 2;
        ci[new CaseKey("world")] = 3;
        Console.WriteLine(ci.Count + " " + ci[new CaseKey("hello")]);
        Dictionary<string, int> plain = new Dictionary<string, int>();
        plain["Hello"] = 1;
        plain["HELLO"] = 2;
        Console.WriteLine(plain.Count);
    }
}
