// test: mono-run
using System;

class Program
{
    static int Eval(string op, int a, int b)
    {
        switch (op)
        {
            case "+": return a + b;
            case "-": return a - b;
            case "*": return a * b;
            case "/": return a / b;
            case "max": return a > b ? a : b;
            default: return 0;
        }
    }

    static string Kind(string word)
    {
        switch (word)
        {
            case "apple":
            case "banana":
            case "cherry":
                return "fruit";
            case "carrot":
            case "potato":
                return "vegetable";
            case "":
                return "empty";
            case null:
                return "null";
            default:
                return "unknown";
        }
    }

    static void Main()
    {
        string[] ops = { "+", "-", "*", "/", "max", "pow" };
        foreach (string op in ops) Console.WriteLine(op + " => " + Eval(op, 12, 5));
        string[] words = { "apple", "carrot", "cherry", "Apple", "", null, "rock", "potato", "banana" };
        foreach (string w in words) Console.WriteLine((w ?? "(null)") + ": " + Kind(w));
        string cmd = "st" + "op";
        switch (cmd)
        {
            case "go": Console.WriteLine("going"); break;
            case "stop": Console.WriteLine("stopping"); break;
        }
        string state = "a";
        for (int i = 0; i < 7; i++)
        {
            switch (state)
            {
                case "a": state = "b"; break;
                case "b": state = "c"; break;
                case "c": state = "d"; break;
                case "d": state = "e"; break;
                case "e": state = "f"; break;
                case "f": state = "g"; break;
                case "g": state = "a"; break;
            }
            Console.Write(state);
        }
        Console.WriteLine();
    }
}
