Class C
    Property P As Integer
        Get
            Return 1
        Set(value As Integer)
        End Set
    End Property
    Property Q As Integer
        Get
            Return 2
        End Get
End Class
