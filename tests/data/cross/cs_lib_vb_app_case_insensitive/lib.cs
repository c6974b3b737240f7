namespace Text.Tools
{
    public class WordCounter
    {
        private int count;
        public string LastWord { get; private set; }
        public void AddWord(string word) { count++; LastWord = word; }
        public int GetCount() { return count; }
        public static string JoinWith(string sep, params string[] parts) { return string.Join(sep, parts); }
    }

    public static class Casing
    {
        public static string upper(string s) { return s.ToUpperInvariant(); }
        public const int MAXLEN = 10;
    }
}
