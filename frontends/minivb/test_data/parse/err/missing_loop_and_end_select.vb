Module M
    Sub Main()
        Do
            Select Case x
                Case 1
    End Sub
End Module
