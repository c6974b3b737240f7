' test: vb-run
Imports System

Module Program
    Sub Check(s As String, p As String)
        Console.WriteLine(s & " Like " & p & " = " & (s Like p).ToString())
    End Sub

    Sub Main()
        Check("hello", "h*o")
        Check("hello", "h?llo")
        Check("hello", "h?lo")
        Check("a1", "a#")
        Check("ab", "a#")
        Check("b", "[a-c]")
        Check("d", "[a-c]")
        Check("d", "[!a-c]")
        Check("", "*")
        Check("abc", "*c")
        Check("abc", "a*b*c*")
        Check("x*y", "x[*]y")
        Check("F", "f")
        Dim n As String = Nothing
        Console.WriteLine(n Like "")
        If "report.txt" Like "*.txt" Then Console.WriteLine("text file")
    End Sub
End Module
