// test: mono-run
// String.Length, Array.Length and the string indexer compile to inline loads at the
// call site (clr-lite's accessor intrinsics): same values, same exceptions, whether
// called directly, through a null reference, out of range, or as a method group.
using System;

static class Accessors {
    static int Sum(string s) {
        int total = 0;
        for (int i = 0; i < s.Length; i++) total += s[i];
        return total;
    }

    static string Probe(string s, int i) {
        try {
            return ((int)s[i]).ToString();
        } catch (IndexOutOfRangeException) {
            return "out of range";
        } catch (NullReferenceException) {
            return "null";
        }
    }

    static void Main() {
        string word = "h\u00e9llo \u4e16";
        Console.WriteLine(word.Length + " " + Sum(word));
        Console.WriteLine(Probe(word, 0) + ", " + Probe(word, 6) + ", " + Probe(word, 7));
        Console.WriteLine(Probe(word, -1) + ", " + Probe(word, int.MinValue) + ", " + Probe(null, 0));
        int[] numbers = { 3, 1, 4, 1, 5 };
        Array asArray = numbers;
        Console.WriteLine(numbers.Length + " " + asArray.Length + " " + new string[0].Length);
        string nothing = null;
        try {
            Console.WriteLine(nothing.Length);
        } catch (NullReferenceException) {
            Console.WriteLine("null string has no length");
        }
        int[] none = null;
        try {
            Console.WriteLine(none.Length);
        } catch (NullReferenceException) {
            Console.WriteLine("null array has no length");
        }
        Func<int, char> at = word.ToUpper().ToCharArray()[0] == 'H' ? (Func<int, char>)(i => word[i]) : null;
        Console.WriteLine(at(1) == '\u00e9');
        Console.WriteLine("abc".IndexOf('c') + "xyz".Substring(1).Length);
    }
}
