// test: mono-run
using System;

class Program
{
    static string Caesar(string text, int shift)
    {
        char[] result = new char[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= 'a' && c <= 'z')
                result[i] = (char)('a' + (c - 'a' + shift) % 26);
            else if (c >= 'A' && c <= 'Z')
                result[i] = (char)('A' + (c - 'A' + shift) % 26);
            else
                result[i] = c;
        }
        return new string(result);
    }

    static void Main()
    {
        char c = 'A';
        Console.WriteLine(c + 1);
        Console.WriteLine((char)(c + 1));
        Console.WriteLine((int)'a');
        Console.WriteLine((char)97);
        Console.WriteLine('z' - 'a');
        Console.WriteLine("" + c + c);
        Console.WriteLine(c + c);
        char d = '7';
        int digit = d - '0';
        Console.WriteLine(digit * 6);
        for (char k = 'a'; k <= 'e'; k++) Console.Write(k);
        Console.WriteLine();
        Console.WriteLine(Caesar("Hello, World", 3));
        Console.WriteLine(Caesar(Caesar("Round trip", 13), 13));
        char upper = (char)('q' - 32);
        Console.WriteLine(upper);
        Console.WriteLine('\u0041');
        Console.WriteLine((int)'\n');
        Console.WriteLine('x'.ToString() + 'y'.ToString());
        Console.WriteLine('a'.CompareTo('c'));
        Console.WriteLine('m'.Equals('m'));
    }
}
