' test: diag
Class Counter
    Public Count As Integer
    Private secret As Integer

    Public Sub Bump()
        Count += 1
    End Sub
End Class

Module Program
    Sub Main()
        Counter.Bump() '~ BC30469
        Dim c As New Counter()
        c.secret = 1 '~ BC30390
        c.Missing() '~ BC30456
    End Sub
End Module
