// test: mono-run
using System;

class Countdown
{
    private readonly int from;
    public Countdown(int from) { this.from = from; }
    public Enumerator GetEnumerator() { return new Enumerator(from); }

    public struct Enumerator
    {
        private int value;
        public Enumerator(int from) { value = from + 1; }
        public int Current { get { return value; } }
        public bool MoveNext() { value--; return value > 0; }
    }
}

class Words
{
    private readonly string[] words;
    public Words(string text) { words = text.Split(' '); }
    public WordEnumerator GetEnumerator() { return new WordEnumerator(words); }
}

class WordEnumerator : IDisposable
{
    private readonly string[] words;
    private int index = -1;
    public WordEnumerator(string[] w) { words = w; }
    public string Current { get { return words[index]; } }
    public bool MoveNext() { return ++index < words.Length; }
    public void Dispose() { Console.WriteLine("(word enumerator disposed)"); }
}

class Program
{
    static void Main()
    {
        foreach (int n in new Countdown(5)) Console.Write(n + " ");
        Console.WriteLine("liftoff");
        foreach (string w in new Words("duck typed foreach works"))
        {
            Console.WriteLine(w.ToUpper());
        }
        foreach (string w in new Words("stops early here"))
        {
            if (w == "early") break;
            Console.WriteLine(w);
        }
    }
}
