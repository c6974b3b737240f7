' test: diag
Module M '~ BC30625
    Dim s As String = "never closed '~ BC30648
End Module
