' test: diag
Class Config
    Public WriteOnly Property Secret As String
        Set(value As String)
        End Set
    End Property

    Public ReadOnly Property Name As String = "cfg"

    Default Public ReadOnly Property Item(key As String) As String
        Get
            Return key
        End Get
    End Property
End Class

Module Program
    Sub Main()
        Dim c As New Config()
        c.Name = "other" '~ BC30526
        c("k") = "v" '~ BC30526
        Dim ok As String = c("k")
        Dim n As Integer = c(1) '~ BC30512
    End Sub
End Module
