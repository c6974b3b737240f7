' test: diag
Module Program
    Sub Main()
        For s As String = "a" To "z" '~ BC31084
        Next
        For i As Integer = 1 To 10 Step 0.5 '~ BC30512
        Next
        For Each x As Integer In 42 '~ BC32023
        Next
        Continue For '~ BC30783
    End Sub
End Module
