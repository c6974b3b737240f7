// test: mono-run
// foreach over a string walks its characters by index (as csc lowers it): break,
// continue, nesting, an explicit element type, an empty string, and a null string,
// which throws NullReferenceException before the first iteration.
using System;

static class Program {
    static int Vowels(string s) {
        int n = 0;
        foreach (char c in s) {
            if (c == ' ') continue;
            if (c == '!') break;
            if ("aeiou".IndexOf(c) >= 0) n++;
        }
        return n;
    }

    static void Main() {
        Console.WriteLine(Vowels("education is fun! ignored after"));
        int sum = 0;
        foreach (int code in "AB") sum += code;
        Console.WriteLine(sum);
        foreach (var c in "") Console.WriteLine("never " + c);
        string pairs = "";
        foreach (var a in "xy")
            foreach (var b in "12")
                pairs += a.ToString() + b + " ";
        Console.WriteLine(pairs.Trim());
        string s = "abc";
        foreach (var c in s) {
            s = "changed";
            Console.Write(c);
        }
        Console.WriteLine(" " + s);
        string none = null;
        try {
            foreach (var c in none) Console.WriteLine(c);
        } catch (NullReferenceException) {
            Console.WriteLine("null string");
        }
    }
}
