Module M
    Sub Main()
        Select Case x
            y = 1
            Case 1
            Case Is 5
        End Select
    End Sub
End Module
