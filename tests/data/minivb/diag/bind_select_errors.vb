' test: diag
Module Program
    Sub Main()
        Dim n As Integer = 4
        Select Case n
            Case "four" '~ BC30512
                Exit Select
            Case 1 To 3
            Case Is > "x" '~ BC30512
        End Select
        Exit Select '~ BC30099
    End Sub
End Module
