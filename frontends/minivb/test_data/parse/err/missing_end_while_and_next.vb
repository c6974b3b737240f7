Module M
    Sub Main()
        While True
            For i = 1 To 3
                x = i
        End While
    End Sub
End Module
