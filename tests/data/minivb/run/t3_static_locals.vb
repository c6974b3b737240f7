' test: vb-run
Imports System

Class Counter
    Public Function NextId() As Integer
        Static count As Integer = 100
        count += 1
        Return count
    End Function
End Class

Module Program
    Function Tick() As Integer
        Static n As Integer
        n += 1
        Return n
    End Function

    Function Names(s As String) As String
        Static seen As New System.Text.StringBuilder()
        seen.Append(s)
        Return seen.ToString()
    End Function

    Sub Main()
        For i As Integer = 1 To 3
            Console.WriteLine(Tick())
        Next
        Dim a As New Counter()
        Dim b As New Counter()
        Console.WriteLine(a.NextId())
        Console.WriteLine(a.NextId())
        Console.WriteLine(b.NextId())
        Console.WriteLine(Names("x"))
        Console.WriteLine(Names("y"))
    End Sub
End Module
