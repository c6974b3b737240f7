' test: diag
Module Program
    Sub Main()
        Dim n As Integer = 1
        If n Then '~ BC30512
        End If
        While "yes" '~ BC30512
        End While
        Dim b As Boolean = CBool(n)
        Dim i As Integer = True '~ BC30512
    End Sub
End Module
