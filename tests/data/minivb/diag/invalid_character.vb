' test: diag
Module M
    Dim x As Integer = 1 ` 2 '~ BC30037
End Module
