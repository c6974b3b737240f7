Module M
    Sub Main()
        Try
            Using r As New R()
                r.Go()
        Catch
        End Try
    End Sub
End Module
