Class Person
    Public Property Name As String
    Public Property Age As Integer = 30
    Public ReadOnly Property Id As Integer = 7
    Public Property Items As New List(Of String)
    Private _nick As String
    Public Property Nick As String
        Get
            Return _nick
        End Get
        Private Set(value As String)
            _nick = value
        End Set
    End Property
    Public ReadOnly Property Upper As String
        Get
            Return _nick.ToUpper()
        End Get
    End Property
    Public WriteOnly Property Secret As String
        Set(ByVal value As String)
            _nick = value
        End Set
    End Property
End Class
