' test: diag
Class Widget
    Private size As Integer

    Shared Function Make() As Widget
        Me.size = 1 '~ BC30043
        Return New Widget()
    End Function

    Shared Sub Grow()
        size += 1 '~ BC30369
    End Sub
End Class

Module Program
    Sub Main()
        .ToString() '~ BC30157
    End Sub
End Module
