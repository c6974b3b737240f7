' test: diag
Module Program
    Function F() As Integer
        Exit Sub '~ BC30065
    End Function

    Sub Main()
        Exit Do '~ BC30089
        Continue For '~ BC30783
        Dim x As Integer = 1
        Dim x As Integer = 2 '~ BC30288
        Return 5 '~ BC30647
    End Sub
End Module
