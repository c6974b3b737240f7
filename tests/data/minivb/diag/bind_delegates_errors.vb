' test: diag
Imports System

Module Program
    Sub Takes(f As Func(Of Integer, Integer))
    End Sub

    Function NoArgs() As Integer
        Return 1
    End Function

    Sub Main()
        Takes(AddressOf NoArgs) '~ BC31143
        Dim a As Action = AddressOf Missing '~ BC30451
        Dim d As Func(Of Integer) = AddressOf NoArgs
        Dim x As Integer = d '~ BC30311
    End Sub
End Module
