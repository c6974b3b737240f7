' test: diag
Imports System

Module Program
    Function Twice(x As Integer) As Integer
        Return x * 2
    End Function

    Sub Main()
        Dim f = Function(x) x + 1 '~ BC36642
        Dim n As Integer = AddressOf Twice '~ BC30581
        Dim g As Func(Of String, String) = AddressOf Twice '~ BC31143
        Dim ok As Func(Of Integer, Integer) = AddressOf Twice
    End Sub
End Module
