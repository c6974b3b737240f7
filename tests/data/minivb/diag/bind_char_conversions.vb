' test: diag
Module Program
    Sub Main()
        Dim c As Char = "a"c
        Dim n As Integer = c '~ BC30311
        Dim d As Char = 65 '~ BC30311
        Dim s As String = c
        Dim t As Char = "xy" '~ BC30512
    End Sub
End Module
