' test: diag
Class Box
    Public ReadOnly Size As Integer = 3

    Public ReadOnly Property Area As Integer
        Get
            Return Size * Size
        End Get
    End Property
End Class

Module Program
    Const Limit As Integer = 10

    Sub Main()
        Dim b As New Box()
        b.Size = 4 '~ BC30064
        b.Area = 9 '~ BC30526
        Limit = 11 '~ BC30074
    End Sub
End Module
