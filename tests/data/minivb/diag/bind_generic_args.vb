' test: diag
Imports System.Collections.Generic

Module Program
    Sub Main()
        Dim l As New List(Of Integer)
        l.Add("one") '~ BC30512
        Dim d As New Dictionary(Of String, Integer)
        d.Add(1, 2) '~ BC30512
        Dim s As String = l(0) '~ BC30512
        l.Add(1)
    End Sub
End Module
