// test: mono-run
using System;
using System.Text;

class Program
{
    static void Main()
    {
        StringBuilder sb = new StringBuilder();
        sb.Append("Hello");
        sb.Append(", ");
        sb.Append("World");
        sb.Append('!');
        Console.WriteLine(sb.ToString());
        Console.WriteLine(sb.Length);
        sb.Append(' ').Append(42).Append(' ').Append(true).Append(' ').Append(2.5).Append(' ').Append(7L);
        Console.WriteLine(sb);
        sb.Insert(0, ">> ");
        Console.WriteLine(sb);
        sb.Replace("World", "There");
        Console.WriteLine(sb);
        sb.Remove(0, 3);
        Console.WriteLine(sb);
        sb[0] = 'J';
        Console.WriteLine(sb[0] + " " + sb[1]);
        sb.Length = 5;
        Console.WriteLine("[" + sb + "]");
        sb.Clear();
        Console.WriteLine("[" + sb + "] " + sb.Length);
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 3; i++) lines.AppendLine("line " + i);
        Console.Write(lines.ToString());
        StringBuilder fmt = new StringBuilder("start");
        fmt.AppendFormat(" {0}+{1}={2}", 1, 2, 3);
        Console.WriteLine(fmt);
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 1000; i++) big.Append(i % 10);
        Console.WriteLine(big.Length + " " + big.ToString().Substring(995));
        StringBuilder rev = new StringBuilder();
        string word = "stressed";
        for (int i = word.Length - 1; i >= 0; i--) rev.Append(word[i]);
        Console.WriteLine(rev);
        Console.WriteLine(new StringBuilder("abc").Append((string)null).Append((object)null).Length);
    }
}
