' test: diag
Module Program
    Sub Nothing1()
    End Sub

    Function NeedsValue() As Integer
        Return '~ BC30654
    End Function

    Function Fine() As String
        Fine = "ok"
        Exit Function
    End Function

    Sub Main()
        Dim x As Integer = Nothing1() '~ BC30491
        Exit Function '~ BC30067
    End Sub
End Module
