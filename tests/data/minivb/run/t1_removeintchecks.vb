' test: vb-run
' args: -removeintchecks
Imports System

Module Program
    Function Hash(s As String) As Integer
        Dim h As Integer = 17
        For Each c As Char In s
            h = h * 31 + AscCode(c)
        Next
        Return h
    End Function

    Function AscCode(c As Char) As Integer
        Return Convert.ToInt32(c)
    End Function

    Sub Main()
        Console.WriteLine(Hash("the quick brown fox jumps over the lazy dog"))
        Dim x As Integer = Integer.MaxValue
        x += 1
        Console.WriteLine(x)
        Dim y As Long = Long.MinValue
        y -= 1
        Console.WriteLine(y)
        Dim b As Byte = 255
        b = CByte(b + 1)
        Console.WriteLine(b)
    End Sub
End Module
