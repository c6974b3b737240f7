' test: vb-run
Imports System
Imports System.Globalization

Module Program
    Sub Main()
        Dim inv = CultureInfo.InvariantCulture
        Dim values() As Double = {0, 1.5, -2.25, 1234567.891, 0.000123}
        For Each v In values
            Console.WriteLine(v.ToString("F2", inv).PadLeft(14) & v.ToString("E3", inv).PadLeft(14) & v.ToString("N1", inv).PadLeft(16))
        Next
        Dim n As Integer = 48879
        Console.WriteLine(n.ToString("X") & " " & n.ToString("x8") & " " & n.ToString("D8") & " " & Convert.ToString(n, 2))
        Console.WriteLine(String.Format(inv, "{0,-6}|{1,6}|{2:0.00}", "ab", 42, 3.14159))
        Console.WriteLine(Integer.Parse("FF", NumberStyles.HexNumber))
        Console.WriteLine((255).ToString().PadLeft(5, "0"c))
        Console.WriteLine(Long.MaxValue.ToString("N0", inv))
        Console.WriteLine(Math.Round(1.005 * 100) / 100)
        Console.WriteLine(Double.Parse("3.5e2", inv))
    End Sub
End Module
