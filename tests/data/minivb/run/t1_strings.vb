' test: vb-run
Imports System

Module Program
    Sub Main()
        Dim s As String = "Hello, World"
        Console.WriteLine(s.Length)
        Console.WriteLine(s.ToUpper())
        Console.WriteLine(s.Substring(7))
        Console.WriteLine(s.IndexOf("World"))
        Console.WriteLine(s.Replace("World", "VB"))
        Console.WriteLine(s(4))
        Dim parts() As String = "a,b,c".Split(","c)
        Console.WriteLine(parts.Length)
        For Each p As String In parts
            Console.Write(p & ";")
        Next
        Console.WriteLine()
        Dim t = "  trim me  "
        Console.WriteLine("[" & t.Trim() & "]")
        Console.WriteLine(s.StartsWith("Hell"))
        Console.WriteLine(s.Contains("lo, W"))
        Console.WriteLine(String.Format("{0}-{1}", 1, "two"))
        Dim n As Integer = 42
        Console.WriteLine($"n = {n}, twice = {n * 2}")
        Console.WriteLine("abc" = "abc")
        Console.WriteLine("abc" < "abd")
        Console.WriteLine("x" & 1 & True & 2.5)
        Console.WriteLine(String.CompareOrdinal("b", "a") > 0)
        Dim c As Char = "z"c
        Console.WriteLine(c & "!")
    End Sub
End Module
