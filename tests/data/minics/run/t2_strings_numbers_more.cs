// test: mono-run
using System;
using System.Collections.Generic;
using System.Globalization;

enum Color { Red = 1, Green = 2, Blue = 4 }

[Flags]
enum Access { None = 0, Read = 1, Write = 2, Execute = 4, All = Read | Write | Execute }

enum Signed : short { Low = -5, Zero = 0, High = 7 }

class Program
{
    static void Main()
    {
        string s = "alpha,beta;;gamma,delta";
        Console.WriteLine(string.Join("|", s.Split(new char[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine(string.Join("|", s.Split(new string[] { ";;", "," }, StringSplitOptions.None)));
        Console.WriteLine(string.Join("|", s.Split(new char[] { ',' }, 2)));
        Console.WriteLine(string.Join("|", "a  b\tc".Split(null as char[])) + " " + "  x y ".Split((char[])null, StringSplitOptions.RemoveEmptyEntries).Length);
        Console.WriteLine(string.Compare("abc", "ABD", StringComparison.OrdinalIgnoreCase) + " " + string.Compare("b", "a", StringComparison.Ordinal) + " " + string.Equals("Hello", "hELLO", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("Hello".StartsWith("he", StringComparison.OrdinalIgnoreCase) + " " + "Hello".EndsWith("LO", StringComparison.OrdinalIgnoreCase) + " " + "Hello".IndexOf("L", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(string.CompareOrdinal("xabcx", 1, "abc", 0, 3) + " " + "hello world".IndexOfAny(new char[] { 'w', 'o' }) + " " + "hello".LastIndexOfAny(new char[] { 'l' }) + " " + "hello".LastIndexOf('l', 2));
        Console.WriteLine(new string("abcdef".ToCharArray(2, 3)) + " " + string.Concat(new List<string> { "x", "y", "z" }) + " " + string.Join("-", new string[] { "a", "b", "c", "d" }, 1, 2));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,8:F3}|{1,-5}|{2:X4}|{3:0.0#}|{4:#,##0}", Math.PI, "ab", 255, 2.5, 1234567));
        Console.WriteLine((0.1 + 0.2).ToString("R") + " " + (1.0 / 3).ToString("0.000") + " " + (-0.5).ToString("0.0;(0.0);zero") + " " + 0.0.ToString("0;-0;zero") + " " + 0.256.ToString("0.0%"));
        Console.WriteLine(int.Parse("ff", NumberStyles.HexNumber) + " " + int.Parse("FFFFFFFF", NumberStyles.HexNumber) + " " + int.Parse("1,234", NumberStyles.AllowThousands) + " " + long.Parse(" -42 ", CultureInfo.InvariantCulture));
        int parsed;
        Console.WriteLine(int.TryParse("12x", NumberStyles.Integer, CultureInfo.InvariantCulture, out parsed) + " " + parsed + " " + double.Parse("2.5", CultureInfo.InvariantCulture));
        Console.WriteLine(Convert.ToInt32("ff", 16) + " " + Convert.ToInt32("-101", 10) + " " + Convert.ToString(255L, 2) + " " + Convert.ToInt32((object)"17") + " " + Convert.ToDouble((object)3) + " " + Convert.ToBoolean("true"));
        Console.WriteLine(Math.Round(2.5, MidpointRounding.AwayFromZero) + " " + Math.Round(-2.5, MidpointRounding.AwayFromZero) + " " + Math.Round(2.345, 2, MidpointRounding.AwayFromZero) + " " + Math.Round(3.5) + " " + Math.Sign(-3.5f) + " " + Math.Max((sbyte)-3, (sbyte)2));
        Console.WriteLine(char.IsControl('\n') + " " + char.IsSymbol('+') + " " + char.IsDigit("a1", 1) + " " + char.ToUpperInvariant('q') + " " + char.IsSeparator(' '));

        Console.WriteLine(string.Join(",", Enum.GetNames(typeof(Color))) + " " + string.Join(",", Enum.GetNames(typeof(Signed))));
        foreach (Color c in Enum.GetValues(typeof(Color))) Console.Write((int)c + ":" + c + " ");
        Console.WriteLine();
        Access acc = (Access)Enum.Parse(typeof(Access), "Read, Write");
        Console.WriteLine(acc + " " + (int)acc + " " + Enum.Parse(typeof(Color), "blue", true) + " " + Enum.Parse(typeof(Color), "2") + " " + Enum.IsDefined(typeof(Color), 4) + " " + Enum.IsDefined(typeof(Color), 3));
        Color parsedColor;
        Console.WriteLine(Enum.TryParse<Color>("Green", out parsedColor) + " " + parsedColor + " " + Enum.TryParse<Color>("Purple", out parsedColor) + " " + Enum.GetName(typeof(Color), 4) + " " + Enum.ToObject(typeof(Color), 1));
        Console.WriteLine(Color.Blue.ToString("D") + " " + Access.All.HasFlag(Access.Write) + " " + Color.Red.CompareTo(Color.Blue) + " " + (Access.Read | Access.Execute));
        try { Enum.Parse(typeof(Color), "Purple"); } catch (ArgumentException e) { Console.WriteLine(e.Message); }

        Version v = new Version(1, 2, 3);
        Console.WriteLine(v + " " + v.Major + " " + v.Build + " " + v.Revision + " " + (v < new Version("1.10")) + " " + v.CompareTo(new Version(1, 2, 3)) + " " + Version.Parse("4.5.6.7").ToString(2));
        Guid g = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
        Console.WriteLine(g + " " + g.ToString("N") + " " + g.ToString("B") + " " + (g == new Guid(g.ToByteArray())) + " " + (Guid.Empty == new Guid()) + " " + (Guid.NewGuid() != Guid.NewGuid()));
        Lazy<int> lazy = new Lazy<int>(delegate { Console.WriteLine("computing"); return 42; });
        Console.WriteLine(lazy.IsValueCreated + " " + lazy.Value + " " + lazy.Value + " " + lazy.IsValueCreated + " " + lazy);
        StringComparer cmp = StringComparer.OrdinalIgnoreCase;
        Console.WriteLine(cmp.Equals("ABC", "abc") + " " + (cmp.GetHashCode("ABC") == cmp.GetHashCode("abc")) + " " + Math.Sign(cmp.Compare("a", "B")) + " " + StringComparer.Ordinal.Equals("a", "A"));
        Dictionary<string, int> counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (string w in "To be or not TO BE".Split(' ')) { int n; counts.TryGetValue(w, out n); counts[w] = n + 1; }
        foreach (KeyValuePair<string, int> kv in counts) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        try { throw new ObjectDisposedException("conn"); } catch (ObjectDisposedException e) { Console.WriteLine(e.Message + " / " + e.ObjectName); }
        try { throw new TimeoutException(); } catch (TimeoutException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(CultureInfo.InvariantCulture.Name.Length + " " + DateTimeKind.Utc + " " + (int)StringComparison.OrdinalIgnoreCase);
    }
}
