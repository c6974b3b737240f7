Module M
    Function F(x As Integer) As Integer
        If x < 0 Then Throw New ArgumentException("neg")
        Return x * 2
    End Function
    Sub S()
        Return
    End Sub
    Sub T()
        Try
        Catch
            Throw
        End Try
    End Sub
End Module
