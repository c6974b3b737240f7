// test: mono-run
using System;
using System.Collections.Generic;

class ParseError : Exception
{
    public int Line;
    public ParseError(int line, string msg) : base(msg) { Line = line; }
}

class Program
{
    static Dictionary<string, int> Parse(string[] lines)
    {
        Dictionary<string, int> result = new Dictionary<string, int>();
        for (int i = 0; i < lines.Length; i++)
        {
            string[] parts = lines[i].Split('=');
            if (parts.Length != 2) throw new ParseError(i + 1, "expected key=value");
            int value;
            if (!int.TryParse(parts[1], out value)) throw new ParseError(i + 1, "not a number: " + parts[1]);
            result[parts[0]] = value;
        }
        return result;
    }

    static int Main()
    {
        string[] good = { "a=1", "b=2" };
        string[] bad = { "x=1", "y=two", "z" };
        try
        {
            Console.WriteLine("good: " + Parse(good).Count + " entries");
            Parse(bad);
            Console.WriteLine("never");
            return 0;
        }
        catch (ParseError e)
        {
            Console.WriteLine("line " + e.Line + ": " + e.Message);
            return 4;
        }
        finally
        {
            Console.WriteLine("finally runs before the exit code is returned");
        }
    }
}
