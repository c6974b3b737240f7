' test: diag
Module M
    Dim x As Integer = 1 ` 2 '~ BC30037 BC30205
End Module
