' test: vb-run
Imports System

Public Class Counter
    Private count As Integer = 100

    Public Function Bump(count As Integer) As Integer
        Me.count += count
        Return Me.count
    End Function

    Public Function Total() As Integer
        Return count
    End Function
End Class

Module Program
    Private value As String = "module"

    Sub Show()
        Console.WriteLine(value)
    End Sub

    Sub Main()
        Dim c As New Counter()
        Console.WriteLine(c.Bump(5))
        Console.WriteLine(c.Total())
        Show()
        Dim value As String = "local"
        Console.WriteLine(value)
        Console.WriteLine(Program.value)
        For i As Integer = 1 To 2
            Dim inner As String = "iteration " & i
            Console.WriteLine(inner)
        Next
        If True Then
            Dim scoped As Integer = 42
            Console.WriteLine(scoped)
        End If
        If True Then
            Dim scoped As String = "again"
            Console.WriteLine(scoped)
        End If
    End Sub
End Module
