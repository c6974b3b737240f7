using System;
using System.Text;

static class Patterns
{
    static void Main()
    {
        int n = 5;
        for (int i = 1; i <= n; i++) Console.WriteLine(new string(' ', n - i) + new string('*', 2 * i - 1));
        for (int i = n - 1; i >= 1; i--) Console.WriteLine(new string(' ', n - i) + new string('*', 2 * i - 1));
        var sb = new StringBuilder();
        for (int r = 1; r <= 4; r++) { for (int c = 1; c <= 4; c++) sb.Append((r * c).ToString().PadLeft(4)); sb.AppendLine(); }
        Console.Write(sb.ToString());
        for (int i = 0; i <= 4; i++) { string line = ""; for (int j = 0; j <= 4; j++) line += (i + j) % 2 == 0 ? "#" : "."; Console.WriteLine(line); }
    }
}
