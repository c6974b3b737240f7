Module M
    Sub Main()
        If x Then
            y = 1
    End Sub
End Module
