// test: mono-run
using System;

class Program
{
    static bool IsEven(int n) { return n == 0 ? true : IsOdd(n - 1); }
    static bool IsOdd(int n) { return n == 0 ? false : IsEven(n - 1); }

    static int moves;

    static void Hanoi(int n, char from, char to, char via)
    {
        if (n == 0) return;
        Hanoi(n - 1, from, via, to);
        moves++;
        if (n == 3) Console.WriteLine("move disk 3 " + from + "->" + to);
        Hanoi(n - 1, via, to, from);
    }

    // expr := term ('+' term)* ; term := digit ('*' digit)*
    static int pos;
    static string src;

    static int Expr()
    {
        int v = Term();
        while (pos < src.Length && src[pos] == '+') { pos++; v += Term(); }
        return v;
    }

    static int Term()
    {
        int v = Atom();
        while (pos < src.Length && src[pos] == '*') { pos++; v *= Atom(); }
        return v;
    }

    static int Atom()
    {
        if (src[pos] == '(') { pos++; int v = Expr(); pos++; return v; }
        return src[pos++] - '0';
    }

    static int Parse(string s) { src = s; pos = 0; return Expr(); }

    static void Main()
    {
        Console.WriteLine(IsEven(10) + " " + IsOdd(7) + " " + IsEven(3));
        Hanoi(4, 'A', 'C', 'B');
        Console.WriteLine(moves);
        Console.WriteLine(Parse("1+2*3"));
        Console.WriteLine(Parse("(1+2)*3"));
        Console.WriteLine(Parse("2*(3+4)*5+1"));
    }
}
