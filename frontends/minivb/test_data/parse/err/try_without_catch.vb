Module M
    Sub Main()
        Try
            x = 1
        End Try
    End Sub
End Module
