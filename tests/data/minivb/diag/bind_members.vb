' test: diag
Class C
    Public Value As Integer
    Public ReadOnly Property P As Integer
        Get
            Return 1
        End Get
    End Property

    Shared Sub S()
        Value = 1 '~ BC30369
    End Sub

    Sub M()
        P = 2 '~ BC30526
    End Sub
End Class

Module Program
    Sub Main()
        Dim c As New C()
        Dim k As Integer = 1 \ 0 '~ BC30542
        Dim t = TryCast(c, Integer) '~ BC30792
    End Sub
End Module
