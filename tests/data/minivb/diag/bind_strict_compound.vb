' test: diag
Module Program
    Sub Main()
        Dim x As Integer = 3
        x ^= 2 '~ BC30512
        x /= 2 '~ BC30512
        x \= 2
        Dim s As Single = 1.5
        Dim f As Single = 1.5F
        Dim l As Long = x
        Dim i As Integer = l '~ BC30512
    End Sub
End Module
