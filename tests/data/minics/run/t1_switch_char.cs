// test: mono-run
using System;

class Program
{
    static int Tokenize(string s)
    {
        int ops = 0, digits = 0, spaces = 0, other = 0;
        foreach (char c in s)
        {
            switch (c)
            {
                case '+':
                case '-':
                case '*':
                case '/':
                    ops++;
                    break;
                case ' ':
                case '\t':
                    spaces++;
                    break;
                case '0': case '1': case '2': case '3': case '4':
                case '5': case '6': case '7': case '8': case '9':
                    digits++;
                    break;
                default:
                    other++;
                    break;
            }
        }
        Console.WriteLine("ops=" + ops + " digits=" + digits + " spaces=" + spaces + " other=" + other);
        return ops + digits;
    }

    static int RomanValue(char c)
    {
        switch (c)
        {
            case 'I': return 1;
            case 'V': return 5;
            case 'X': return 10;
            case 'L': return 50;
            case 'C': return 100;
            case 'D': return 500;
            case 'M': return 1000;
        }
        return 0;
    }

    static int Roman(string s)
    {
        int total = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int v = RomanValue(s[i]);
            if (i + 1 < s.Length && v < RomanValue(s[i + 1])) total -= v;
            else total += v;
        }
        return total;
    }

    static void Main()
    {
        Console.WriteLine(Tokenize("12 + 34 * (5 - 6)"));
        Console.WriteLine(Roman("MCMXCIV"));
        Console.WriteLine(Roman("XLII"));
        Console.WriteLine(Roman("MMXXIV"));
    }
}
