Module M
    Sub Main()
        While i < 10
            i += 1
            If i = 5 Then Continue While
            If i = 8 Then Exit While
        End While
    End Sub
End Module
