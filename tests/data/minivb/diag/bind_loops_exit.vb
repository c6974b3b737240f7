' test: diag
Module Program
    Sub Main()
        Exit For '~ BC30096
        Exit While '~ BC30097
        Exit Select '~ BC30099
        Exit Try '~ BC30393
        Continue Do '~ BC30782
        Continue While '~ BC30784
        For i As Integer = 1 To 3
            Exit For
        Next
    End Sub
End Module
