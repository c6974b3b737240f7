' test: diag
Imports System.Collections.Generic

Module Program
    Function Make() As Widget '~ BC30002
        Return Nothing
    End Function

    Sub Main()
        Dim l As New List(Of Strng) '~ BC30002
        Dim x As System.Text.StringBuildr = Nothing '~ BC30002
        Dim ok As New List(Of Integer)
    End Sub
End Module
