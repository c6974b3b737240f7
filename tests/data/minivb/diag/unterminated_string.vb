' test: diag
Module M
    Dim s As String = "never closed '~ BC30648
End Module
