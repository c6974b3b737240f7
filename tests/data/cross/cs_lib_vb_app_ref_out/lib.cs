using System;
using System.Collections.Generic;

namespace Parsing
{
    public static class Parser
    {
        public static bool TryParsePair(string text, out int a, out int b)
        {
            a = 0; b = 0;
            var parts = text.Split(',');
            if (parts.Length != 2) return false;
            return int.TryParse(parts[0], out a) && int.TryParse(parts[1], out b);
        }

        public static void Normalize(ref int value, int min = 0, int max = 100)
        {
            if (value < min) value = min;
            if (value > max) value = max;
        }

        public static int Sum(params int[] values) { int s = 0; foreach (var v in values) s += v; return s; }

        public static string Describe(string name, string title = "Dr.", bool shout = false)
        {
            var s = title + " " + name;
            return shout ? s.ToUpper() : s;
        }
    }

    public class Grid
    {
        private readonly int[,] cells = new int[3, 3];
        public int this[int r, int c] { get { return cells[r, c]; } set { cells[r, c] = value; } }
        public string this[string name] { get { return "cell " + name; } }
    }
}
