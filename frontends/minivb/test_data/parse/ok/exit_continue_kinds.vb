Class C
    Function F() As Integer
        Exit Function
    End Function
    Sub S()
        Exit Sub
    End Sub
    Property P As Integer
        Get
            Exit Property
        End Get
        Set(value As Integer)
        End Set
    End Property
    Sub T()
        Select Case 1
            Case 1
                Exit Select
        End Select
        Try
            Exit Try
        Finally
        End Try
    End Sub
End Class
