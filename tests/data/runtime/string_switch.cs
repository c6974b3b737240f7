// test: mono-run
using System;
class Program {
    static int Score(string word) {
        switch (word) {
            case "one": return 1;
            case "two": return 2;
            case "three": case "trois": return 3;
            case null: return -1;
            default: return word.Length * 10;
        }
    }
    static void Main() {
        string[] words = { "one", "two", "three", "trois", null, "seventeen" };
        foreach (var w in words) Console.WriteLine((w ?? "<null>") + " -> " + Score(w));
    }
}
