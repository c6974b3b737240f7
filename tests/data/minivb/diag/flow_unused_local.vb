' test: diag
Imports System

Module Program
    Sub Main()
        Dim never As Integer '~ BC42024
        Dim text As String '~ BC42024
        Dim a, b As Integer '~ BC42024
        Console.WriteLine(a)
        Dim initialized As Integer = 1
        Dim assigned As String
        assigned = "x"
        Dim created As New Object()
    End Sub
End Module
