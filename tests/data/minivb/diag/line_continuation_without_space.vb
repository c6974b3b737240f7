' test: diag
Module M
    Dim x As Integer = 1 +_ '~ BC30999
        2
End Module
