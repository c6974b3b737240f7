' test: diag
Module Program
    Sub Main()
        Dim total As Integer = 0
        Dim total As Long = 1 '~ BC30288
        For i As Integer = 0 To 2
            Dim total As Integer = i '~ BC30616
        Next
        Dim s As String = undefinedThing '~ BC30451
    End Sub
End Module
