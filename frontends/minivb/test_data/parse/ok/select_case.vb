Module M
    Function Classify(n As Integer) As String
        Select Case n
            Case 0
                Return "zero"
            Case 1, 2
                Return "small"
            Case 3 To 5, 7
                Return "medium"
            Case Is > 100
                Return "huge"
            Case Is <= -1, < -100
                Return "negative"
            Case Else
                Return "other"
        End Select
    End Function
    Sub S(s As String)
        Select s
            Case "a" : Console.WriteLine(1)
            Case "b"
        End Select
    End Sub
End Module
